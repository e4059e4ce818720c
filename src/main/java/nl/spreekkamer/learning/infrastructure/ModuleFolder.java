package nl.spreekkamer.learning.infrastructure;

import java.util.Optional;
import java.util.Set;

/** The files of one module folder under {@code content/learning}. */
interface ModuleFolder {
  /** The folder's path for messages, e.g. {@code content/learning/geldzorgen-balie}. */
  String path();

  /** The text of a file in the folder, if it exists. */
  Optional<String> read(String name);

  /** The file names in {@code media/}. */
  Set<String> mediaNames();
}
