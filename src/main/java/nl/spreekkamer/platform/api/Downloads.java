package nl.spreekkamer.platform.api;

import jakarta.ws.rs.core.Response;

/** Answers with a file made in memory, shown inline by browsers and never cached. */
public final class Downloads {
  public static final String PDF = "application/pdf";

  private Downloads() {}

  public static Response.ResponseBuilder pdf(byte[] pdf, String fileName) {
    return Response.ok(pdf)
        .type(PDF)
        .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store");
  }
}
