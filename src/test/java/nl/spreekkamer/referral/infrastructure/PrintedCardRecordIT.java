package nl.spreekkamer.referral.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import nl.spreekkamer.referral.domain.PrintedCard;
import nl.spreekkamer.referral.domain.PrintedCardRepository;
import nl.spreekkamer.referral.domain.ReferenceCode;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.InServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, against the real Derby database: every card printed through the API is
 * recorded with its practice, its gemeente, who printed it and whether patient data was on it.
 */
@ExtendWith(ArquillianExtension.class)
class PrintedCardRecordIT {
  @Deployment
  static WebArchive deployment() {
    return InServer.archive("print-it.war").addClasses(JpaPrintedCardRepository.class);
  }

  @Inject PrintedCardRepository printed;

  @Test
  void aFilledInCardIsRecordedAsCarryingPatientDataAndABlankOneIsNot() {
    Api assistent = Api.as("assistent");
    long assistentId = assistent.get("/api/me").json().getJsonNumber("id").longValue();

    PrintedCard filled =
        recorded(assistent.postForBytes("/api/cards", "{\"patientName\": \"Ria Vos\"}"));
    assertTrue(filled.withPatientData());
    assertFalse(filled.inStack());
    assertEquals(assistentId, filled.printedBy());
    assertEquals(1L, filled.praktijkId());
    assertEquals(1L, filled.gemeenteId());

    PrintedCard blank = recorded(assistent.postForBytes("/api/cards", "{}"));
    assertFalse(blank.withPatientData());
  }

  @Test
  void aPreviewIsNotRecorded() {
    long before = printed.countOfPraktijk(1L);
    Api.as("assistent").postForBytes("/api/cards/preview", "{}");
    assertEquals(before, printed.countOfPraktijk(1L));
  }

  @Test
  void everyCardOfAStackIsRecorded() {
    long before = printed.countOfPraktijk(1L);
    Api.as("assistent").postForBytes("/api/cards/stacks", "{\"count\": 5}");
    assertEquals(before + 5, printed.countOfPraktijk(1L));
  }

  private PrintedCard recorded(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode());
    String reference = response.headers().firstValue("X-Card-Reference").orElseThrow();
    return printed.find(new ReferenceCode(reference)).orElseThrow();
  }
}
