package nl.spreekkamer.catalogue.application;

import java.util.List;

/** The result of distributing a kit: how many shipments were planned and who already had it. */
public record Distribution(long kitId, int planned, List<Long> alreadyHad) {}
