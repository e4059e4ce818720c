package nl.spreekkamer.catalogue.application;

import java.io.Serializable;
import java.time.Instant;
import nl.spreekkamer.catalogue.domain.RestockStatus;

/** A practice's request for more copies, and what the gemeente decided. */
public record RestockView(
    long id,
    long praktijkId,
    String praktijk,
    KitLineView line,
    String note,
    RestockStatus status,
    Instant requestedAt,
    Instant decidedAt,
    String declineReason,
    Long shipmentId)
    implements Serializable {}
