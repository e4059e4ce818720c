package nl.spreekkamer.catalogue.application;

import java.io.Serializable;
import java.time.Instant;

/** A practice's waiting-room screen address. */
public record ScreenView(String url, Instant issuedAt) implements Serializable {}
