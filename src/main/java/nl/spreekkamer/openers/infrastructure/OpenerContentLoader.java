package nl.spreekkamer.openers.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import nl.spreekkamer.platform.content.ContentException;
import nl.spreekkamer.platform.content.YamlContent;

/**
 * Loads {@code content/openers/*.yaml} (packaged under WEB-INF/classes) at start-up. A file with an
 * error stops the application with a message naming the file and line.
 */
@WebListener
public class OpenerContentLoader implements ServletContextListener {
  static final String FOLDER = "/WEB-INF/classes/content/openers/";
  private static final Logger LOG = Logger.getLogger(OpenerContentLoader.class.getName());

  @Inject ContentOpenerCatalogue catalogue;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    Set<String> paths = context.getResourcePaths(FOLDER);
    OpenerFiles files = new OpenerFiles();
    for (String path : new TreeSet<>(paths == null ? Set.of() : paths)) {
      if (path.endsWith(".yaml") || path.endsWith(".yml")) {
        files.add(read(context, path));
      }
    }
    files.requireContent("content/openers");
    catalogue.replace(files);
    LOG.info(
        () ->
            "Loaded "
                + files.openers().size()
                + " conversation openers and "
                + files.signalCards().size()
                + " signal cards");
  }

  private static YamlContent read(ServletContext context, String path) {
    String name = path.substring("/WEB-INF/classes/".length());
    try (InputStream in = context.getResourceAsStream(path);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return YamlContent.parse(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ContentException e) {
      LOG.severe(() -> "Content error: " + e.getMessage());
      throw e;
    }
  }
}
