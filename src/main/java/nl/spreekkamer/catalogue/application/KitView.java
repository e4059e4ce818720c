package nl.spreekkamer.catalogue.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A kit with its lines and how far its shipments are, per status. */
public record KitView(
    long id,
    long version,
    String name,
    String description,
    List<KitLineView> lines,
    boolean draft,
    Instant createdAt,
    Instant distributedAt,
    Map<String, Long> shipments)
    implements Serializable {}
