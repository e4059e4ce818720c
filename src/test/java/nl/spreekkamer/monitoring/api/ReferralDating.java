package nl.spreekkamer.monitoring.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Test support inside the server: puts a referral's moments on chosen days (received, first
 * contact, first conversation), so the figures of a past period can be checked exactly.
 */
@ApplicationScoped
public class ReferralDating {
  static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext EntityManager em;

  @Transactional
  public void date(long id, LocalDate received, LocalDate contact, LocalDate conversation) {
    em.createNativeQuery(
            "UPDATE REFERRAL SET CREATED_AT = ?, FIRST_CONTACT_AT = ?, PLANNED_AT = ? WHERE ID = ?")
        .setParameter(1, at(received, 9))
        .setParameter(2, contact == null ? null : at(contact, 11))
        .setParameter(3, conversation == null ? null : at(conversation, 14))
        .setParameter(4, id)
        .executeUpdate();
  }

  private static Timestamp at(LocalDate day, int hour) {
    return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(DUTCH).toInstant());
  }
}
