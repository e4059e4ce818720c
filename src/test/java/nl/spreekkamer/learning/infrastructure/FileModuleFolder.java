package nl.spreekkamer.learning.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A module folder on disk, or in memory for tests of broken content. */
record FileModuleFolder(String path, Map<String, String> files, Set<String> mediaNames)
    implements ModuleFolder {

  static FileModuleFolder of(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      Map<String, String> files = new java.util.HashMap<>();
      for (Path file : list.filter(Files::isRegularFile).toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
      Set<String> media = new TreeSet<>();
      Path mediaFolder = folder.resolve("media");
      if (Files.isDirectory(mediaFolder)) {
        try (Stream<Path> m = Files.list(mediaFolder)) {
          m.forEach(p -> media.add(p.getFileName().toString()));
        }
      }
      return new FileModuleFolder(folder.toString(), files, media);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<String> read(String name) {
    return Optional.ofNullable(files.get(name));
  }
}
