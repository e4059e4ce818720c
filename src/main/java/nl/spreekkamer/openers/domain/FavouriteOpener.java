package nl.spreekkamer.openers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/** A user's favourite opener: kept by id, so it survives content edits that keep the id. */
@Entity
@Table(name = "FAVOURITE_OPENER")
@NamedQuery(
    name = "FavouriteOpener.ofAccount",
    query = "SELECT f FROM FavouriteOpener f WHERE f.accountId = :accountId ORDER BY f.createdAt")
@NamedQuery(
    name = "FavouriteOpener.find",
    query =
        "SELECT f FROM FavouriteOpener f WHERE f.accountId = :accountId AND f.openerId = :openerId")
public class FavouriteOpener {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "favouriteIds")
  @TableGenerator(
      name = "favouriteIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "FAVOURITE_OPENER",
      allocationSize = 50)
  private Long id;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private long accountId;

  @Column(name = "OPENER_ID", length = 60, nullable = false)
  private String openerId;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  protected FavouriteOpener() {}

  public FavouriteOpener(long accountId, String openerId, Instant createdAt) {
    this.accountId = accountId;
    this.openerId = Objects.requireNonNull(openerId);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public String openerId() {
    return openerId;
  }
}
