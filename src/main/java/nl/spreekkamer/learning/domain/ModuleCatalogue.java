package nl.spreekkamer.learning.domain;

import java.util.List;
import java.util.Optional;

/** The modules loaded from {@code content/learning}. */
public interface ModuleCatalogue {
  List<Module> all();

  Optional<Module> find(String id);

  /** A file from a module's {@code media/} folder. */
  Optional<byte[]> media(String moduleId, String name);
}
