/**
 * The local network around the practice (issue 18): the gemeente's social map of places of help
 * beyond the meldpunt, kept by its coordinator, read by its practices and gemeente staff, public
 * for patients through the card's page and the leaflet, and printed as a one-page desk sheet.
 */
package nl.spreekkamer.network;
