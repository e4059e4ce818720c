package nl.spreekkamer.organisation.web;

import java.io.Serializable;
import nl.spreekkamer.organisation.application.PraktijkData;
import nl.spreekkamer.organisation.application.PraktijkView;

/** The editable fields of a GP practice in a form. */
public class PraktijkForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private Long version;
  private String name;
  private String agbCode;
  private String street;
  private String postcode;
  private String city;
  private Long gemeenteId;
  private String feedbackEmail;

  static PraktijkForm of(PraktijkView p) {
    PraktijkForm f = new PraktijkForm();
    f.id = p.id();
    f.version = p.version();
    f.name = p.name();
    f.agbCode = p.agbCode();
    f.street = p.street();
    f.postcode = p.postcode();
    f.city = p.city();
    f.gemeenteId = p.gemeente() == null ? null : p.gemeente().id();
    f.feedbackEmail = p.feedbackEmail();
    return f;
  }

  PraktijkData toData() {
    return new PraktijkData(
        name, agbCode, street, postcode, city, gemeenteId, feedbackEmail, version);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAgbCode() {
    return agbCode;
  }

  public void setAgbCode(String agbCode) {
    this.agbCode = agbCode;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public Long getGemeenteId() {
    return gemeenteId;
  }

  public void setGemeenteId(Long gemeenteId) {
    this.gemeenteId = gemeenteId;
  }

  public String getFeedbackEmail() {
    return feedbackEmail;
  }

  public void setFeedbackEmail(String feedbackEmail) {
    this.feedbackEmail = feedbackEmail;
  }
}
