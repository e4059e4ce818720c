package nl.spreekkamer.referral.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.UnprocessableException;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.referral.domain.AuditAction;
import nl.spreekkamer.referral.domain.AuditEntry;
import nl.spreekkamer.referral.domain.FhirSubscription;
import nl.spreekkamer.referral.domain.FhirSubscriptionRepository;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralRepository;
import nl.spreekkamer.referral.domain.TaskFilter;
import nl.spreekkamer.referral.infrastructure.FhirReferrals;
import nl.spreekkamer.referral.infrastructure.HookSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A gemeente's case system subscribes to changes of its Tasks (FHIR R4 Subscription, rest-hook).
 * The coordinator and the gemeente's systems manage the subscriptions of their own gemeente; the
 * {@link SubscriptionJob} delivers (decision 0027).
 */
@Stateless
@RolesAllowed({Roles.GEMEENTE_COORDINATOR, Roles.GEMEENTE_SYSTEEM})
public class SubscriptionService {
  /** Tasks told of in one call of a hook. */
  static final int BATCH = 20;

  /**
   * A change is told once it is this old: the transaction that wrote it has committed by then, so
   * no change with an earlier moment can still appear behind the subscription's cursor.
   */
  static final Duration SETTLED = Duration.ofSeconds(1);

  static final Duration LEASE = Duration.ofSeconds(60);
  private static final Set<String> CRITERIA = Set.of("status", "priority", "_lastUpdated");
  private static final Set<String> RESTRICTED_HEADERS =
      Set.of("host", "connection", "content-length", "expect", "upgrade", "content-type");

  @Inject Caller caller;
  @Inject FhirSubscriptionRepository subscriptions;
  @Inject ReferralRepository referrals;
  @Inject GemeenteRepository gemeenten;
  @Inject FhirReferrals fhir;
  @Inject FhirTasks fhirTasks;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spreekkamer.demo", defaultValue = "false")
  boolean demo;

  /** Addresses that may be called over plain http, e.g. {@code http://hooks.intern:8080/}. */
  @Inject
  @ConfigProperty(name = "spreekkamer.fhir.hooks.allow", defaultValue = "none")
  String allowedHttp;

  /** A subscription made, as stored: its id and FHIR JSON. */
  public record Created(long id, String json) {}

  public Created create(String json) {
    FhirReferrals.SubscriptionRequest request = fhir.readSubscription(Checks.body(json));
    String criteria = criteria(request.criteria());
    if (!"rest-hook".equals(request.channelType())) {
      throw new UnprocessableException("channel.type", "validation.fhir.channel");
    }
    String payload = request.payload() == null ? "" : request.payload().strip();
    boolean withPayload =
        switch (payload.toLowerCase(Locale.ROOT)) {
          case "" -> false;
          case "application/fhir+json", "application/json" -> true;
          default -> throw new UnprocessableException("channel.payload", "validation.fhir.payload");
        };
    String endpoint = endpoint(request.endpoint());
    String header = header(request.headers());
    String reason =
        request.reason() == null || request.reason().isBlank()
            ? "Verwijzingen naar het meldpunt"
            : Checks.required("reason", request.reason(), FhirSubscription.MAX_REASON);
    FhirSubscription subscription =
        new FhirSubscription(
            caller.gemeenteId(),
            criteria,
            reason,
            endpoint,
            withPayload,
            header,
            caller.username(),
            clock.instant());
    subscriptions.add(subscription);
    return new Created(subscription.id(), fhir.subscriptionJson(subscription));
  }

  public String read(long id) {
    return fhir.subscriptionJson(own(id));
  }

  public String list(String self) {
    return fhir.subscriptionsJson(subscriptions.ofGemeente(caller.gemeenteId()), self);
  }

  public void delete(long id) {
    subscriptions.remove(own(id));
  }

  private FhirSubscription own(long id) {
    return subscriptions
        .find(id)
        .filter(subscription -> subscription.gemeenteId() == caller.gemeenteId())
        .orElseThrow(() -> new ResourceNotFoundException("notFound.subscription", id));
  }

  /** {@code Task?status=received}: only Task, only the parameters a change can be judged by. */
  private static String criteria(String criteria) {
    String text = Checks.required("criteria", criteria, FhirSubscription.MAX_CRITERIA);
    search(text);
    return text;
  }

  /** The search that the criteria stand for. */
  static FhirSearch search(String criteria) {
    int question = criteria.indexOf('?');
    String resource = question < 0 ? criteria : criteria.substring(0, question);
    if (!resource.equals("Task")) {
      throw new InvalidInputException("criteria", "validation.fhir.criteria");
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (question >= 0 && question < criteria.length() - 1) {
      for (String pair : criteria.substring(question + 1).split("&")) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        if (!CRITERIA.contains(name) || equals < 0) {
          throw new InvalidInputException("criteria", "validation.fhir.criteria");
        }
        parameters
            .computeIfAbsent(name, any -> new ArrayList<>())
            .add(decode(pair.substring(equals + 1)));
      }
    }
    try {
      return FhirTaskSearch.parse(parameters, false);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("criteria", "validation.fhir.criteria");
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("criteria", "validation.fhir.criteria");
    }
  }

  /** https; plain http only on loopback in demo mode or where spreekkamer.fhir.hooks.allow says. */
  private String endpoint(String endpoint) {
    String text = Checks.required("channel.endpoint", endpoint, FhirSubscription.MAX_ENDPOINT);
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("channel.endpoint", "validation.fhir.endpoint");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean loopback =
        Set.of("localhost", "127.0.0.1", "[::1]").contains(String.valueOf(uri.getHost()));
    boolean allowed =
        scheme.equals("https")
            || (scheme.equals("http") && demo && loopback)
            || (scheme.equals("http") && listed(text));
    if (!allowed || uri.getHost() == null || uri.getUserInfo() != null) {
      throw new UnprocessableException("channel.endpoint", "validation.fhir.endpoint");
    }
    if (internalAddress(uri.getHost()) && !(demo && loopback) && !listed(text)) {
      // Not a way to probe the servers' own network: an address there must be listed.
      throw new UnprocessableException("channel.endpoint", "validation.fhir.endpoint");
    }
    return text;
  }

  /** Whether spreekkamer.fhir.hooks.allow names a prefix of {@code endpoint}. */
  private boolean listed(String endpoint) {
    return Arrays.stream(allowedHttp.split(","))
        .map(String::strip)
        .anyMatch(p -> p.startsWith("http") && p.length() > 8 && endpoint.startsWith(p));
  }

  /** localhost, or an IP address of loopback, a private network or link-local (no DNS asked). */
  static boolean internalAddress(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.startsWith("[")) {
      String v6 = h.substring(1, h.length() - 1);
      return v6.equals("::1")
          || v6.startsWith("fc")
          || v6.startsWith("fd")
          || v6.startsWith("fe80")
          || v6.startsWith("::ffff:")
          || v6.equals("::");
    }
    if (!h.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return false;
    }
    int[] b = Arrays.stream(h.split("\\.")).mapToInt(Integer::parseInt).toArray();
    return b[0] == 127
        || b[0] == 10
        || b[0] == 0
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 169 && b[1] == 254)
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
  }

  private static String header(List<String> headers) {
    if (headers.isEmpty()) {
      return null;
    }
    String header = headers.get(0);
    int colon = header == null ? -1 : header.indexOf(':');
    if (headers.size() > 1
        || colon < 1
        || header.length() > FhirSubscription.MAX_HEADER
        || !header.substring(0, colon).strip().matches("[A-Za-z0-9-]+")
        || header.substring(colon + 1).isBlank()
        || header.chars().anyMatch(c -> c == '\r' || c == '\n')
        || RESTRICTED_HEADERS.contains(
            header.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException("channel.header", "validation.fhir.header");
    }
    return header.strip();
  }

  // ---- for the SubscriptionJob -----------------------------------------------------------------

  /** What a hook is to be told: where it goes and the Tasks, up to the last one's change. */
  public record Batch(
      String endpoint,
      String header,
      boolean withPayload,
      List<HookSender.Notice> notices,
      TaskFilter.Cursor last) {}

  @PermitAll
  public List<Long> due() {
    return subscriptions.due(clock.instant());
  }

  @PermitAll
  public boolean lease(long id, String node) {
    Instant now = clock.instant();
    return subscriptions.lease(id, node, now, now.plus(LEASE));
  }

  @PermitAll
  public void release(long id, String node) {
    subscriptions.release(id, node);
  }

  /** The next changes the subscription has not yet delivered; each Task sent is audited. */
  @PermitAll
  public Optional<Batch> pending(long id) {
    Optional<FhirSubscription> found = subscriptions.find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FhirSubscription subscription = found.get();
    Instant now = clock.instant();
    FhirSearch search = search(subscription.criteria());
    Instant settled = now.minus(SETTLED);
    Instant before =
        search.updatedBefore() == null || search.updatedBefore().isAfter(settled)
            ? settled
            : search.updatedBefore();
    TaskFilter filter =
        new TaskFilter(
            subscription.gemeenteId(),
            search.statuses(),
            search.urgent(),
            search.updatedFrom(),
            before,
            false);
    List<Referral> changed =
        referrals.tasks(
            filter, new TaskFilter.Cursor(subscription.cursorAt(), subscription.cursorId()), BATCH);
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    Optional<Gemeente> gemeente = gemeenten.find(subscription.gemeenteId());
    List<HookSender.Notice> notices = new ArrayList<>();
    for (Referral referral : changed) {
      if (subscription.withPayload()) {
        notices.add(
            new HookSender.Notice(
                referral.id(), fhir.taskJson(fhirTasks.source(referral, gemeente))));
        referrals.addAudit(
            new AuditEntry(
                referral.id(),
                0,
                subscription.createdBy(),
                "SYSTEM",
                AuditAction.VIEW,
                "fhir-subscription " + subscription.id(),
                now));
      } else {
        notices.add(new HookSender.Notice(referral.id(), null));
      }
    }
    Referral last = changed.get(changed.size() - 1);
    return Optional.of(
        new Batch(
            subscription.endpoint(),
            subscription.header(),
            subscription.withPayload(),
            notices,
            new TaskFilter.Cursor(last.updatedAt(), last.id())));
  }

  @PermitAll
  public void delivered(long id, TaskFilter.Cursor last) {
    subscriptions.find(id).ifPresent(s -> s.delivered(last.updatedAt(), last.id()));
  }

  @PermitAll
  public void failed(long id, String error) {
    subscriptions.find(id).ifPresent(s -> s.failed(error, clock.instant()));
  }
}
