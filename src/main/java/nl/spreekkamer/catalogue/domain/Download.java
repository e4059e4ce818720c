package nl.spreekkamer.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import nl.spreekkamer.platform.persistence.InstantConverter;

/** One download of a catalogue item, counted per item and gemeente for the monitoring. */
@Entity
@Table(name = "CATALOGUE_DOWNLOAD")
public class Download {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "downloadIds")
  @TableGenerator(
      name = "downloadIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "CATALOGUE_DOWNLOAD",
      allocationSize = 100)
  private Long id;

  @Column(name = "ITEM_ID", length = 60, nullable = false)
  private String itemId;

  @Column(name = "VARIANT", length = 10, nullable = false)
  private String variant;

  @Column(name = "GEMEENTE_ID", nullable = false)
  private long gemeenteId;

  @Column(name = "PRAKTIJK_ID")
  private Long praktijkId;

  @Column(name = "DOWNLOADED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant downloadedAt;

  protected Download() {}

  public Download(
      String itemId, Variant variant, long gemeenteId, Long praktijkId, Instant downloadedAt) {
    this.itemId = itemId;
    this.variant = variant.code();
    this.gemeenteId = gemeenteId;
    this.praktijkId = praktijkId;
    this.downloadedAt = downloadedAt;
  }
}
