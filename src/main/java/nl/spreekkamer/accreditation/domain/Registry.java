package nl.spreekkamer.accreditation.domain;

import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.PeRegister;
import nl.spreekkamer.platform.security.Role;

/**
 * The accreditation registries Spreekkamer reports to, each for one profession, and the number by
 * which a registry knows a participant.
 */
public enum Registry {
  /** ABC1 accredits GP education; attendance goes to GAIA by BIG number. */
  ABC1("ABC1 (GAIA)", Role.HUISARTS),
  /** Kwaliteitsregister V&V on PE-online, for practice nurses registered there. */
  KWALITEITSREGISTER_VV("Kwaliteitsregister V&V (PE-online)", Role.POH),
  /** The NVvPO register for practice nurses, on PE-online. */
  NVVPO("NVvPO-register (PE-online)", Role.POH),
  /** KABIZ, the quality register of doktersassistenten (NVDA). */
  KABIZ("KABIZ (NVDA)", Role.ASSISTENT);

  private final String label;
  private final Role profession;

  Registry(String label, Role profession) {
    this.label = label;
    this.profession = profession;
  }

  public String label() {
    return label;
  }

  /** The role whose holders earn points in this registry. */
  public Role profession() {
    return profession;
  }

  /**
   * Whether someone earns points in this registry: they hold its profession, and for the PE-online
   * registers of practice nurses, their number belongs to this register (when they said which).
   */
  public boolean appliesTo(Account account) {
    return account.hasRole(profession) && inMyRegister(account);
  }

  private boolean inMyRegister(Account account) {
    PeRegister mine = account.peRegister();
    return switch (this) {
      case KWALITEITSREGISTER_VV -> mine == null || mine == PeRegister.VV;
      case NVVPO -> mine == null || mine == PeRegister.NVVPO;
      default -> true;
    };
  }

  /** The number by which this registry knows the account's holder, or {@code null}. */
  public String registrationNumber(Account account) {
    if (!inMyRegister(account)) {
      return null;
    }
    return choose(
        account.bigNumber() == null ? null : account.bigNumber().value(),
        account.registerNumber(),
        account.kabizNumber());
  }

  /** Of a person's numbers, the one this registry knows them by. */
  public String choose(String bigNumber, String registerNumber, String kabizNumber) {
    return switch (this) {
      case ABC1 -> bigNumber;
      case KWALITEITSREGISTER_VV, NVVPO -> registerNumber;
      case KABIZ -> kabizNumber;
    };
  }
}
