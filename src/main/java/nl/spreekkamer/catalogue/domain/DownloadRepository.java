package nl.spreekkamer.catalogue.domain;

import java.util.Map;

/** Counts downloads of catalogue items. */
public interface DownloadRepository {
  void add(Download download);

  /** Downloads per item id: of one gemeente, or of all when {@code gemeenteId} is null. */
  Map<String, Long> countsByItem(Long gemeenteId);
}
