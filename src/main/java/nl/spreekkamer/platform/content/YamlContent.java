package nl.spreekkamer.platform.content;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML content file as a node tree that remembers line numbers, and answers typed values
 * with errors that name the file and line. Only plain YAML: no tags, no Java objects.
 */
public final class YamlContent {
  private final String file;
  private final Node root;

  private YamlContent(String file, Node root) {
    this.file = file;
    this.root = root;
  }

  public static YamlContent parse(String file, Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(2 * 1024 * 1024);
    try {
      Node root = new Yaml(options).compose(reader);
      if (root == null) {
        throw new ContentException(file, 0, "het bestand is leeg");
      }
      return new YamlContent(file, root);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ContentException(file, line, "geen geldige YAML (" + e.getProblem() + ")");
    }
  }

  public String file() {
    return file;
  }

  /** The mapping at the top of the file. */
  public Item top() {
    return new Item(root);
  }

  /** The items of the list under {@code key} at the top of the file. */
  public List<Item> list(String key) {
    Item top = new Item(root);
    Node node = top.node(key, true);
    if (!(node instanceof SequenceNode sequence)) {
      throw top.error(key, "moet een lijst zijn");
    }
    return sequence.getValue().stream().map(Item::new).toList();
  }

  /** One mapping in the file, e.g. one opener. */
  public final class Item {
    private final Node node;

    Item(Node node) {
      this.node = node;
      if (!(node instanceof MappingNode)) {
        throw new ContentException(
            file, lineOf(node), "verwacht een blok met velden (sleutel: waarde)");
      }
    }

    public int line() {
      return lineOf(node);
    }

    /** A required text of at most {@code max} characters. */
    public String text(String key, int max) {
      return optionalText(key, max).orElseThrow(() -> error(key, "ontbreekt"));
    }

    public Optional<String> optionalText(String key, int max) {
      Node value = node(key, false);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof ScalarNode scalar)) {
        throw new ContentException(file, lineOf(value), key + " moet tekst zijn");
      }
      String text = scalar.getValue().strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (text.length() > max) {
        throw new ContentException(file, lineOf(value), key + " is langer dan " + max + " tekens");
      }
      return Optional.of(text);
    }

    /** The mappings in the list under {@code key}; {@code min} to {@code max} of them. */
    public List<Item> items(String key, int min, int max) {
      Node value = node(key, true);
      if (!(value instanceof SequenceNode sequence)) {
        throw new ContentException(file, lineOf(value), key + " moet een lijst zijn");
      }
      int size = sequence.getValue().size();
      if (size < min || size > max) {
        throw new ContentException(
            file,
            lineOf(value),
            key + " moet " + min + " tot " + max + " items hebben, niet " + size);
      }
      return sequence.getValue().stream().map(Item::new).toList();
    }

    /** A required whole number from {@code min} to {@code max}. */
    public int number(String key, int min, int max) {
      return optionalNumber(key, min, max).orElseThrow(() -> error(key, "ontbreekt"));
    }

    public Optional<Integer> optionalNumber(String key, int min, int max) {
      Node value = node(key, false);
      if (value == null) {
        return Optional.empty();
      }
      String text = value instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
      try {
        int number = Integer.parseInt(text);
        if (number >= min && number <= max) {
          return Optional.of(number);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new ContentException(
          file, lineOf(value), key + " moet een heel getal van " + min + " tot " + max + " zijn");
    }

    /** {@code true} or {@code false}; absent means false. */
    public boolean flag(String key) {
      Node value = node(key, false);
      if (value == null) {
        return false;
      }
      String text = value instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
      return switch (text) {
        case "true" -> true;
        case "false" -> false;
        default ->
            throw new ContentException(file, lineOf(value), key + " moet true of false zijn");
      };
    }

    /** The line where the value of {@code key} starts (0 when absent). */
    public int valueLine(String key) {
      Node value = node(key, false);
      return value == null ? 0 : YamlContent.lineOf(value);
    }

    /** The mapping under {@code key}. */
    public Item item(String key) {
      return new Item(node(key, true));
    }

    /** The keys of this mapping, in file order. */
    public List<String> keys() {
      List<String> keys = new ArrayList<>();
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k) {
          keys.add(k.getValue());
        }
      }
      return keys;
    }

    /** One or more lines: a text, or a list of texts, each at most {@code max} characters. */
    public List<String> lines(String key, int max) {
      Node value = node(key, true);
      if (value instanceof ScalarNode) {
        return List.of(text(key, max));
      }
      if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
        throw new ContentException(
            file, lineOf(value), key + " moet tekst of een lijst met tekst zijn");
      }
      List<String> lines = new ArrayList<>();
      for (Node element : sequence.getValue()) {
        String line = element instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (line.isEmpty() || line.length() > max) {
          throw new ContentException(
              file, lineOf(element), key + ": elke regel is tekst van 1 tot " + max + " tekens");
        }
        lines.add(line);
      }
      return lines;
    }

    /** One value of an enum, written as its name. */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
      Node value = node(key, true);
      return enumValue(value, key, type);
    }

    /** A list of at least one enum value. */
    public <E extends Enum<E>> List<E> choices(String key, Class<E> type) {
      Node value = node(key, true);
      if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
        throw new ContentException(
            file, lineOf(value), key + " moet een lijst met minstens één waarde zijn");
      }
      List<E> result = new ArrayList<>();
      for (Node element : sequence.getValue()) {
        result.add(enumValue(element, key, type));
      }
      return result;
    }

    private <E extends Enum<E>> E enumValue(Node value, String key, Class<E> type) {
      String name = value instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
      try {
        return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ContentException(
            file,
            lineOf(value),
            key
                + " '"
                + name
                + "' is onbekend; kies uit "
                + Arrays.toString(type.getEnumConstants()));
      }
    }

    Node node(String key, boolean required) {
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return tuple.getValueNode();
        }
      }
      if (required) {
        throw error(key, "ontbreekt");
      }
      return null;
    }

    public ContentException error(String key, String problem) {
      return new ContentException(file, lineOf(node), key + " " + problem);
    }
  }

  private static int lineOf(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }
}
