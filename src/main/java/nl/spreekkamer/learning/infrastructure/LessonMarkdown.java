package nl.spreekkamer.learning.infrastructure;

import java.util.Set;
import java.util.function.Predicate;
import nl.spreekkamer.platform.content.ContentException;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders lesson Markdown to HTML that is safe to put in a page: raw HTML in the content is
 * escaped, unsafe link targets are removed, headings move one level down (the page has the module
 * and lesson titles above them), and images must come from the module's {@code media/} folder.
 */
final class LessonMarkdown {
  static final String MEDIA_FOLDER = "media/";
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private LessonMarkdown() {}

  /**
   * @param file the file name for error messages
   * @param lineOffset the line in {@code file} where this Markdown starts (0 for a whole file)
   * @param mediaExists tells whether a file in {@code media/} exists
   * @param mediaUrl the address under which the module's media are served, ending in a slash
   */
  static String toHtml(
      String file,
      int lineOffset,
      String markdown,
      Predicate<String> mediaExists,
      String mediaUrl) {
    Node document = PARSER.parse(markdown);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == 1) {
              throw new ContentException(
                  file,
                  line(heading, lineOffset),
                  "gebruik ## of ### voor kopjes; de titel van de les staat al boven de tekst");
            }
            heading.setLevel(Math.min(6, heading.getLevel() + 1));
            visitChildren(heading);
          }

          @Override
          public void visit(Image image) {
            String target = image.getDestination();
            int line = line(image, lineOffset);
            if (!target.startsWith(MEDIA_FOLDER)
                || target.contains("..")
                || !mediaExists.test(target.substring(MEDIA_FOLDER.length()))) {
              throw new ContentException(
                  file, line, "afbeelding '" + target + "' staat niet in de map media/");
            }
            if (altText(image).isBlank()) {
              throw new ContentException(
                  file, line, "afbeelding '" + target + "' heeft geen beschrijving (alt-tekst)");
            }
            image.setDestination(mediaUrl + target.substring(MEDIA_FOLDER.length()));
          }
        });
    return RENDERER.render(document);
  }

  private static String altText(Image image) {
    StringBuilder text = new StringBuilder();
    for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        text.append(t.getLiteral());
      }
    }
    return text.toString();
  }

  private static int line(Node node, int offset) {
    Node block = node;
    while (block != null && block.getSourceSpans().isEmpty()) {
      block = block.getParent();
    }
    return block == null ? offset : offset + block.getSourceSpans().get(0).getLineIndex() + 1;
  }

  static final Set<String> MEDIA_TYPES = Set.of("svg", "png", "jpg", "jpeg", "webp");
}
