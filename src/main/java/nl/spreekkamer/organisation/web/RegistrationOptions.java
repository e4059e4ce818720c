package nl.spreekkamer.organisation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.spreekkamer.organisation.domain.PeRegister;

/** The choices of the registration-number fields (WEB-INF/tags/registrationNumbers.xhtml). */
@Named
@ApplicationScoped
public class RegistrationOptions {
  private static final List<PeRegister> PE_REGISTERS = List.of(PeRegister.values());

  public List<PeRegister> getPeRegisters() {
    return PE_REGISTERS;
  }
}
