package nl.spreekkamer.organisation.web;

import java.io.Serializable;
import nl.spreekkamer.organisation.application.AccountView;
import nl.spreekkamer.organisation.application.NewAccount;

/**
 * The account dialog's state shared by the team and accounts pages: the form being edited and the
 * one-time password to show once after creating an account or resetting its password.
 */
public class AccountEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  private MemberForm form = new MemberForm();
  private String issuedPassword;
  private String issuedFor;

  public void startNew() {
    form = new MemberForm();
    issuedPassword = null;
  }

  public void startEdit(AccountView account) {
    form = MemberForm.of(account);
    issuedPassword = null;
  }

  /** Remembers a new one-time password to show once. */
  public void issue(NewAccount account) {
    issuedPassword = account.initialPassword();
    issuedFor = account.account().username();
  }

  public MemberForm form() {
    return form;
  }

  public String issuedPassword() {
    return issuedPassword;
  }

  public String issuedFor() {
    return issuedFor;
  }
}
