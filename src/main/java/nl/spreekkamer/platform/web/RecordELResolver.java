package nl.spreekkamer.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets Faces pages read record components as properties ({@code #{account.displayName}}):
 * Expression Language 5 (Jakarta EE 10) only knows JavaBean getters. Records are read-only.
 */
public class RecordELResolver extends ELResolver {
  private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS =
      new ConcurrentHashMap<>();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return component.get().getAccessor().invoke(base);
    } catch (ReflectiveOperationException e) {
      throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    component.ifPresent(c -> context.setPropertyResolved(base, property));
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property).isPresent()) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private static Optional<RecordComponent> component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return Optional.empty();
    }
    Map<String, RecordComponent> byName =
        COMPONENTS.computeIfAbsent(
            base.getClass(),
            type ->
                Arrays.stream(type.getRecordComponents())
                    .collect(
                        java.util.stream.Collectors.toUnmodifiableMap(
                            RecordComponent::getName, c -> c)));
    return Optional.ofNullable(byName.get(property.toString()));
  }
}
