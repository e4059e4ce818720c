package nl.spreekkamer.learning.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.platform.content.ContentException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads every module under {@code content/learning/} (packaged under WEB-INF/classes) at start-up.
 * A module with an error stops the application with a message naming the file and line.
 */
@WebListener
public class LearningLoader implements ServletContextListener {
  static final String ROOT = "/WEB-INF/classes/content/learning/";
  static final String MEDIA_URL = "/api/modules/";
  private static final Logger LOG = Logger.getLogger(LearningLoader.class.getName());

  @Inject ContentModuleCatalogue catalogue;

  @Inject
  @ConfigProperty(name = "spreekkamer.learning.passmark", defaultValue = "70")
  int defaultPassMark;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    List<Module> modules = new ArrayList<>();
    Map<String, Map<String, byte[]>> media = new HashMap<>();
    for (String path : paths(context, ROOT)) {
      if (!path.endsWith("/")) {
        continue;
      }
      Folder folder = new Folder(context, path);
      try {
        Module module = ModuleFiles.read(folder, defaultPassMark, MEDIA_URL);
        if (modules.stream().anyMatch(m -> m.id().equals(module.id()))) {
          throw new ContentException(
              folder.path(), 0, "module-id '" + module.id() + "' bestaat al");
        }
        modules.add(module);
        media.put(module.id(), folder.media());
      } catch (ContentException e) {
        LOG.severe(() -> "Content error: " + e.getMessage());
        throw e;
      }
    }
    if (modules.isEmpty()) {
      throw new ContentException("content/learning", 0, "geen modules gevonden");
    }
    catalogue.replace(modules, media);
    LOG.info(() -> "Loaded " + modules.size() + " e-learning modules");
  }

  private static Set<String> paths(ServletContext context, String folder) {
    Set<String> paths = context.getResourcePaths(folder);
    return new TreeSet<>(paths == null ? Set.of() : paths);
  }

  private record Folder(ServletContext context, String root) implements ModuleFolder {
    @Override
    public String path() {
      return root.substring("/WEB-INF/classes/".length(), root.length() - 1);
    }

    @Override
    public Optional<String> read(String name) {
      return bytes(root + name).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Override
    public Set<String> mediaNames() {
      Set<String> names = new TreeSet<>();
      for (String p : paths(context, root + LessonMarkdown.MEDIA_FOLDER)) {
        String name = p.substring(p.lastIndexOf('/') + 1);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (LessonMarkdown.MEDIA_TYPES.contains(extension)) {
          names.add(name);
        }
      }
      return names;
    }

    Map<String, byte[]> media() {
      Map<String, byte[]> files = new HashMap<>();
      for (String name : mediaNames()) {
        files.put(name, bytes(root + LessonMarkdown.MEDIA_FOLDER + name).orElseThrow());
      }
      return files;
    }

    private Optional<byte[]> bytes(String path) {
      if (path.contains("..")) {
        return Optional.empty();
      }
      try (InputStream in = context.getResourceAsStream(path)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
