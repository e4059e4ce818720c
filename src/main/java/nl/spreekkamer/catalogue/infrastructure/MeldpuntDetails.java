package nl.spreekkamer.catalogue.infrastructure;

import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.Meldpunt;

/**
 * What the material says about the gemeente's meldpunt, and where its QR code leads: the website,
 * or an e-mail to the meldpunt when the gemeente has no web page for it.
 */
record MeldpuntDetails(
    String gemeente, Meldpunt meldpunt, String address, String web, String link) {
  static MeldpuntDetails of(Gemeente gemeente) {
    Meldpunt meldpunt = gemeente.meldpunt();
    String website = meldpunt.website();
    boolean hasSite = website != null && !website.isBlank();
    String web = hasSite ? website.replaceFirst("^https?://", "") : meldpunt.email();
    String link =
        hasSite
            ? (website.startsWith("http") ? website : "https://" + website)
            : "mailto:" + meldpunt.email();
    return new MeldpuntDetails(gemeente.name(), meldpunt, meldpunt.address().oneLine(), web, link);
  }
}
