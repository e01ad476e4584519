package de.kulant.reporting;

import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.SecretBox;
import de.kulant.reporting.internal.WebhookOutbox;
import de.kulant.reporting.internal.WebhookSender;
import de.kulant.reporting.internal.WebhookStore;
import de.kulant.reporting.internal.WebhookTargets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's webhooks (api.md): endpoints with the events they take, a signing secret shown once (its own or one made
 * here) and rotated with a day's overlap, a test event on demand, and the log of every delivery and attempt.
 */
@Service
public class Webhooks {

    public static final List<String> EVENTS = List.of("claim.paid", "claim.handed_over", "notice.issued",
            "payment.booked", "case.opened", "case.closed", "settlement.approval_requested");
    public static final int MAX_ENDPOINTS = 10;
    private static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    private static final Pattern SECRET = Pattern.compile("[\\x21-\\x7e]{24,100}");
    private static final Map<String, String> REFUSALS = Map.of(
            "webhookUrlInvalid", "is not a valid URL (no user name or password in it, no fragment)",
            "webhookUrlNotHttps", "must start with https://",
            "webhookUrlUnknownHost", "names a host that cannot be found",
            "webhookUrlPrivate", "points into a private network (loopback, 10/8, 172.16/12, 192.168/16, 169.254/16, "
                    + "100.64/10, fc00::/7); give an address reachable from the internet");

    private final WebhookStore store;
    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final SecretBox secrets;
    private final AuditTrail audit;
    private final Clock clock;

    Webhooks(WebhookStore store, WebhookOutbox outbox, WebhookSender sender, WebhookProperties properties,
             SecretBox secrets, AuditTrail audit, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    /** An endpoint just made or rotated, with its secret: the only time the secret is shown. */
    public record WithSecret(WebhookEndpoint endpoint, String secret) {
    }

    public List<WebhookEndpoint> endpoints(CreditorId creditor) {
        return store.endpoints(creditor);
    }

    public WebhookEndpoint endpoint(CreditorId creditor, UUID id) {
        return store.endpoint(creditor, id).orElseThrow(() -> new NotFoundException("webhook"));
    }

    @Transactional
    public WithSecret create(CreditorId creditor, String url, List<String> events, String ownSecret, Actor actor) {
        InputCheck check = new InputCheck();
        String target = check.required("url", url, 2000);
        if (target != null) {
            WebhookTargets.refusal(target, properties.allowLocalhost()).ifPresent(code ->
                    check.violation("url", code, REFUSALS.get(code), target.strip()));
        }
        Set<String> chosen = new LinkedHashSet<>();
        if (events == null || events.isEmpty()) {
            check.violation("events", "webhookNoEvents", "choose at least one event");
        } else {
            for (int i = 0; i < events.size(); i++) {
                String event = events.get(i) == null ? "" : events.get(i).strip();
                if (!EVENTS.contains(event)) {
                    check.violation("events[" + i + "]", "webhookUnknownEvent", "unknown event '" + event
                            + "'; the events are " + String.join(", ", EVENTS), event, String.join(", ", EVENTS));
                }
                chosen.add(event);
            }
        }
        if (ownSecret != null && !ownSecret.isBlank() && !SECRET.matcher(ownSecret).matches()) {
            check.violation("secret", "webhookSecret", "must be 24 to 100 visible characters without spaces");
        }
        if (store.countEndpoints(creditor) >= MAX_ENDPOINTS) {
            check.violation("url", "webhookTooMany", "at most " + MAX_ENDPOINTS + " endpoints", MAX_ENDPOINTS);
        }
        check.throwIfInvalid();
        String secret = ownSecret == null || ownSecret.isBlank() ? secrets.newSecret("whsec_") : ownSecret;
        UUID id = Ids.next();
        List<String> ordered = EVENTS.stream().filter(chosen::contains).toList();
        store.insertEndpoint(id, creditor, target.strip(), ordered, secrets.seal(secret), clock.instant());
        audit.record(new AuditEntry(creditor, "webhook", id.toString(), "webhook.created", actor, null,
                Map.of("url", target.strip(), "events", String.join(",", ordered))));
        return new WithSecret(endpoint(creditor, id), secret);
    }

    @Transactional
    public void delete(CreditorId creditor, UUID id, Actor actor) {
        WebhookEndpoint endpoint = endpoint(creditor, id);
        store.delete(creditor, id, clock.instant());
        audit.record(new AuditEntry(creditor, "webhook", id.toString(), "webhook.deleted", actor,
                Map.of("url", endpoint.url()), null));
    }

    /** A new secret; the old one signs as well for a day, so the shop can switch without losing a delivery. */
    @Transactional
    public WithSecret rotate(CreditorId creditor, UUID id, Actor actor) {
        endpoint(creditor, id);
        String secret = secrets.newSecret("whsec_");
        Instant until = clock.instant().plus(ROTATION_OVERLAP);
        store.rotate(creditor, id, secrets.seal(secret), until);
        audit.record(new AuditEntry(creditor, "webhook", id.toString(), "webhook.secret-rotated", actor, null,
                Map.of("previousValidUntil", until.toString())));
        return new WithSecret(endpoint(creditor, id), secret);
    }

    /** A {@code webhook.test} event to this endpoint, attempted at once; its delivery with the first attempt. */
    public WebhookDelivery sendTest(CreditorId creditor, UUID id) {
        WebhookEndpoint endpoint = endpoint(creditor, id);
        Instant now = clock.instant();
        List<UUID> queued = outbox.enqueueTest(creditor, endpoint.id(), Map.of("message",
                "Kulant test event", "sentAt", now.toString()));
        queued.forEach(sender::attempt);
        return deliveries(creditor, id, 1).get(0);
    }

    /** The newest deliveries of an endpoint (at most {@code limit}), each with its attempts and answers. */
    public List<WebhookDelivery> deliveries(CreditorId creditor, UUID id, int limit) {
        endpoint(creditor, id);
        return new ArrayList<>(store.deliveries(creditor, id, Math.min(Math.max(limit, 1), 200)));
    }
}
