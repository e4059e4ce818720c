package nl.spreekkamer.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A learning record as an xAPI 1.0.3 statement, kept as the JSON a learning record store accepts.
 * The actor is the account's pseudonymous id, never a name or e-mail address.
 */
@Entity
@Table(name = "LEARNING_STATEMENT")
public class LearningStatement {
  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private long accountId;

  @Column(name = "REGISTRATION", length = 36, nullable = false)
  private String registration;

  @Column(name = "VERB", length = 20, nullable = false)
  private String verb;

  @Column(name = "STORED_AT", nullable = false)
  private Instant storedAt;

  @Lob
  @Column(name = "STATEMENT", nullable = false)
  private String json;

  protected LearningStatement() {}

  public LearningStatement(
      String id, long accountId, String registration, String verb, Instant storedAt, String json) {
    this.id = id;
    this.accountId = accountId;
    this.registration = registration;
    this.verb = verb;
    this.storedAt = storedAt;
    this.json = json;
  }

  public String id() {
    return id;
  }

  public String verb() {
    return verb;
  }

  public String json() {
    return json;
  }

  public Instant storedAt() {
    return storedAt;
  }
}
