package nl.spreekkamer.platform.security;

import java.util.Optional;

/** Checks API keys of system clients (municipal case systems). */
public interface ApiKeyDirectory {
  /** The caller name for a valid, unrevoked key, else empty. */
  Optional<String> verify(String key);
}
