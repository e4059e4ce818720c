package nl.spreekkamer.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** One try of the meldpunt to reach the patient: channel, when, the result and a note. */
@Entity
@Table(name = "REFERRAL_CONTACT_ATTEMPT")
public class ContactAttempt {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "contactAttemptIds")
  @TableGenerator(
      name = "contactAttemptIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "REFERRAL_CONTACT_ATTEMPT",
      allocationSize = 50)
  private Long id;

  @Column(name = "REFERRAL_ID", nullable = false)
  private long referralId;

  @Enumerated(EnumType.STRING)
  @Column(name = "CHANNEL", length = 20, nullable = false)
  private ContactChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "ATTEMPT_RESULT", length = 20, nullable = false)
  private ContactResult result;

  @Column(name = "ATTEMPTED_AT", nullable = false)
  private Instant attemptedAt;

  @Column(name = "NOTE", length = Referral.MAX_NOTE)
  private String note;

  @Column(name = "RECORDED_BY", nullable = false)
  private long recordedBy;

  protected ContactAttempt() {}

  public ContactAttempt(
      long referralId,
      ContactChannel channel,
      ContactResult result,
      Instant attemptedAt,
      String note,
      long recordedBy,
      Instant now) {
    if (channel == null) {
      throw new InvalidInputException("channel", "validation.required");
    }
    if (result == null) {
      throw new InvalidInputException("result", "validation.required");
    }
    Instant when = attemptedAt == null ? now : attemptedAt;
    if (when.isAfter(now.plusSeconds(300))) {
      throw new InvalidInputException("attemptedAt", "validation.referral.attemptInFuture");
    }
    this.referralId = referralId;
    this.channel = channel;
    this.result = result;
    this.attemptedAt = when;
    this.note = Checks.optional("note", note, Referral.MAX_NOTE);
    this.recordedBy = recordedBy;
  }

  public ContactChannel channel() {
    return channel;
  }

  public ContactResult result() {
    return result;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public String note() {
    return note;
  }

  public long recordedBy() {
    return recordedBy;
  }

  /** Removes the free text, as part of erasing a referral's personal data. */
  public void eraseNote() {
    note = null;
  }
}
