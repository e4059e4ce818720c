package nl.spreekkamer.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server on loopback (GreenMail), on the port the test server sends its mail to. */
public final class Smtp {
  private Smtp() {}

  public static GreenMailExtension server() {
    return new GreenMailExtension(
        new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", "smtp"));
  }
}
