package nl.spreekkamer.network.application;

import java.util.Locale;

/** Lays out the social map as a one-page A4 desk sheet (PDF); the adapter is in infrastructure. */
public interface DeskSheets {
  byte[] render(SocialMap map, Locale locale);
}
