package nl.spreekkamer.catalogue.domain;

import java.util.List;
import java.util.Map;

/**
 * The words of the talking plate in one language: the texts of the illustration by element id (each
 * one or more lines), and the texts of the back side.
 */
public record PlateTexts(
    PlateLanguage language, String name, Map<String, List<String>> front, Back back) {

  public PlateTexts {
    front = Map.copyOf(front);
  }

  /** The back side: agreements, the referral and how to reach the meldpunt. */
  public record Back(
      String title,
      String intro,
      String agreementsHeading,
      List<String> agreementsPrompts,
      String referralHeading,
      String referralText,
      String meldpuntHeading,
      String phoneLabel,
      String emailLabel,
      String addressLabel,
      String hoursLabel,
      String websiteLabel,
      String nextAppointmentLabel,
      String footer) {}
}
