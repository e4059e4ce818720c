package nl.spreekkamer.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreekkamer.organisation.application.AccountData;
import nl.spreekkamer.organisation.application.AccountService;
import nl.spreekkamer.organisation.application.AccountView;
import nl.spreekkamer.organisation.application.NewAccount;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** All accounts, for beheer. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BEHEER)
@Tag(name = "Accounts")
public class AccountResource {
  @Inject AccountService accounts;

  @GET
  @Operation(summary = "Accounts, paged; q searches username, name and e-mail")
  public Page<AccountView> search(
      @QueryParam("q") String q,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return accounts.search(q, first, max);
  }

  @GET
  @Path("{id}")
  public AccountView get(@PathParam("id") long id) {
    return accounts.get(id);
  }

  @POST
  @Operation(summary = "Create an account; the answer holds a one-time password")
  public Response create(AccountData data) {
    Checks.body(data);
    NewAccount created = accounts.create(data);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("{id}")
  public AccountView update(@PathParam("id") long id, AccountData data) {
    Checks.body(data);
    return accounts.update(id, data);
  }

  @POST
  @Path("{id}/deactivate")
  public AccountView deactivate(@PathParam("id") long id) {
    return accounts.deactivate(id);
  }

  @POST
  @Path("{id}/activate")
  public AccountView activate(@PathParam("id") long id) {
    return accounts.activate(id);
  }

  @POST
  @Path("{id}/password-reset")
  @Operation(summary = "Give the account a new one-time password")
  public NewAccount resetPassword(@PathParam("id") long id) {
    return accounts.resetPassword(id);
  }

  @POST
  @Path("{id}/two-factor-reset")
  @Operation(
      summary =
          "Switch two-factor login off for someone who lost the phone and the recovery codes"
              + " (logged)")
  public AccountView resetTwoFactor(@PathParam("id") long id) {
    return accounts.resetTwoFactor(id);
  }
}
