package nl.spreekkamer.accreditation.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A certificate with the points it earned per registry. */
public record CertificateView(
    String code,
    String learnerName,
    String bigNumber,
    String registerNumber,
    String kabizNumber,
    String moduleId,
    String moduleTitle,
    String moduleVersion,
    int score,
    LocalDate completedOn,
    LocalDate expiresOn,
    boolean valid,
    List<Points> points)
    implements Serializable {

  /** Points in one registry, with the activity id and the record's status. */
  public record Points(
      String registry,
      String registryLabel,
      String activityId,
      BigDecimal points,
      String registrationNumber,
      String status)
      implements Serializable {}
}
