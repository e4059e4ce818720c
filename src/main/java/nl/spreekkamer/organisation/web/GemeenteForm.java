package nl.spreekkamer.organisation.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.organisation.application.GemeenteData;
import nl.spreekkamer.organisation.application.GemeenteView;
import nl.spreekkamer.organisation.application.LocationData;
import nl.spreekkamer.organisation.application.MeldpuntData;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.LocationType;
import nl.spreekkamer.organisation.domain.ResponseNorm;

/** The editable fields of a gemeente, its meldpunt, norms and conversation locations. */
public class GemeenteForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One editable row of the conversation locations. */
  public static class Location implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocationType type = LocationType.PRAKTIJK;
    private String description;

    public LocationType getType() {
      return type;
    }

    public void setType(LocationType type) {
      this.type = type;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  private Long id;
  private Long version;
  private String name;
  private String cbsCode;
  private String meldpuntName;
  private String meldpuntPhone;
  private String meldpuntEmail;
  private String street;
  private String postcode;
  private String city;
  private String openingHours;
  private String website;
  private Integer urgentWorkingDays = ResponseNorm.DEFAULT_URGENT_DAYS;
  private Integer regularWorkingDays = ResponseNorm.DEFAULT_REGULAR_DAYS;
  private final List<Location> locations = new ArrayList<>(List.of(new Location()));

  static GemeenteForm of(GemeenteView g) {
    GemeenteForm f = new GemeenteForm();
    f.id = g.id();
    f.version = g.version();
    f.name = g.name();
    f.cbsCode = g.cbsCode();
    MeldpuntData m = g.meldpunt();
    f.meldpuntName = m.name();
    f.meldpuntPhone = m.phone();
    f.meldpuntEmail = m.email();
    f.street = m.street();
    f.postcode = m.postcode();
    f.city = m.city();
    f.openingHours = m.openingHours();
    f.website = m.website();
    f.urgentWorkingDays = g.urgentWorkingDays();
    f.regularWorkingDays = g.regularWorkingDays();
    f.locations.clear();
    for (LocationData l : g.locations()) {
      Location row = new Location();
      row.type = l.type();
      row.description = l.description();
      f.locations.add(row);
    }
    return f;
  }

  GemeenteData toData() {
    return new GemeenteData(
        name,
        cbsCode,
        new MeldpuntData(
            meldpuntName,
            meldpuntPhone,
            meldpuntEmail,
            street,
            postcode,
            city,
            openingHours,
            website),
        locations.stream().map(l -> new LocationData(l.type, l.description)).toList(),
        urgentWorkingDays,
        regularWorkingDays,
        version);
  }

  void addLocation() {
    locations.add(new Location());
  }

  void removeLocation(int index) {
    if (index >= 0 && index < locations.size()) {
      locations.remove(index);
    }
  }

  /** Whether another location may be added (a gemeente offers at most twenty). */
  public boolean isLocationsFull() {
    return locations.size() >= Gemeente.MAX_LOCATIONS;
  }

  /** Whether only one location is left, which may not be removed. */
  public boolean isLastLocation() {
    return locations.size() <= 1;
  }

  public Long getId() {
    return id;
  }

  public List<Location> getLocations() {
    return locations;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCbsCode() {
    return cbsCode;
  }

  public void setCbsCode(String cbsCode) {
    this.cbsCode = cbsCode;
  }

  public String getMeldpuntName() {
    return meldpuntName;
  }

  public void setMeldpuntName(String meldpuntName) {
    this.meldpuntName = meldpuntName;
  }

  public String getMeldpuntPhone() {
    return meldpuntPhone;
  }

  public void setMeldpuntPhone(String meldpuntPhone) {
    this.meldpuntPhone = meldpuntPhone;
  }

  public String getMeldpuntEmail() {
    return meldpuntEmail;
  }

  public void setMeldpuntEmail(String meldpuntEmail) {
    this.meldpuntEmail = meldpuntEmail;
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

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public Integer getUrgentWorkingDays() {
    return urgentWorkingDays;
  }

  public void setUrgentWorkingDays(Integer urgentWorkingDays) {
    this.urgentWorkingDays = urgentWorkingDays;
  }

  public Integer getRegularWorkingDays() {
    return regularWorkingDays;
  }

  public void setRegularWorkingDays(Integer regularWorkingDays) {
    this.regularWorkingDays = regularWorkingDays;
  }
}
