package nl.spreekkamer.referral.application;

import java.time.LocalDate;

/**
 * A card code a patient read out, checked by the intake worker before entering the referral: the
 * code as written on the card, the practice that printed it and on which day (Dutch time), and
 * whether it was blank.
 */
public record CardCheck(String cardCode, String praktijk, LocalDate printedOn, boolean blank)
    implements java.io.Serializable {}
