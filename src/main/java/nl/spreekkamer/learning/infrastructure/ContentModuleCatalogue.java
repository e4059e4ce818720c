package nl.spreekkamer.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.learning.domain.ModuleCatalogue;

/** The {@link ModuleCatalogue} in memory, filled once at start-up by {@link LearningLoader}. */
@ApplicationScoped
public class ContentModuleCatalogue implements ModuleCatalogue {
  private volatile List<Module> modules = List.of();
  private volatile Map<String, Map<String, byte[]>> media = Map.of();

  void replace(List<Module> modules, Map<String, Map<String, byte[]>> media) {
    this.modules = List.copyOf(modules);
    this.media = Map.copyOf(media);
  }

  @Override
  public List<Module> all() {
    return modules;
  }

  @Override
  public Optional<Module> find(String id) {
    return modules.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  @Override
  public Optional<byte[]> media(String moduleId, String name) {
    return Optional.ofNullable(media.getOrDefault(moduleId, Map.of()).get(name));
  }
}
