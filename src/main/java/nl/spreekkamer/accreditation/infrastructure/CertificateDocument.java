package nl.spreekkamer.accreditation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.spreekkamer.accreditation.application.CertificateView;
import nl.spreekkamer.platform.pdf.PdfDocuments;
import nl.spreekkamer.platform.pdf.QrCode;
import nl.spreekkamer.platform.web.PublicAddress;

/** The certificate as an A4 PDF with a QR code to its public verification page. */
@ApplicationScoped
public class CertificateDocument {
  public static final String VERIFY_PATH = "/verify/";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  @Inject PdfDocuments pdf;
  @Inject PublicAddress address;

  public byte[] render(CertificateView certificate) {
    String url = address.base() + VERIFY_PATH + certificate.code();
    List<Row> rows =
        certificate.points().stream()
            .map(
                p ->
                    new Row(
                        p.registryLabel(),
                        p.activityId(),
                        p.points().toPlainString().replace('.', ','),
                        p.registrationNumber() == null ? "–" : p.registrationNumber()))
            .toList();
    return pdf.render(
        "certificaat",
        new Scope(
            certificate.learnerName(),
            registrations(certificate),
            certificate.moduleTitle(),
            certificate.moduleVersion(),
            DATE.format(certificate.completedOn()),
            DATE.format(certificate.expiresOn()),
            certificate.score(),
            rows,
            !rows.isEmpty(),
            certificate.code(),
            url,
            QrCode.pngDataUri(url)));
  }

  record Row(String registry, String activityId, String points, String number) {}

  /** The person's numbers as the registries know them, e.g. "BIG-nummer 12345678901". */
  private static String registrations(CertificateView c) {
    List<String> parts = new java.util.ArrayList<>();
    if (c.bigNumber() != null) {
      parts.add("BIG-nummer " + c.bigNumber());
    }
    if (c.registerNumber() != null) {
      parts.add("registernummer " + c.registerNumber());
    }
    if (c.kabizNumber() != null) {
      parts.add("KABIZ-nummer " + c.kabizNumber());
    }
    return String.join(" · ", parts);
  }

  record Scope(
      String name,
      String registrations,
      String module,
      String version,
      String completedOn,
      String expiresOn,
      int score,
      List<Row> rows,
      boolean accredited,
      String code,
      String url,
      String qr) {}
}
