package de.kulant.reporting.web;

import de.kulant.platform.Caller;
import de.kulant.platform.web.SecretResponses;
import de.kulant.reporting.WebhookDelivery;
import de.kulant.reporting.WebhookEndpoint;
import de.kulant.reporting.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The shop's webhooks over the API (api.md): endpoints, secrets shown once, test events and the delivery log. */
@RestController
@RequestMapping({"/api/v1/webhooks", "/api/v1/admin/creditors/{creditorId}/webhooks"})
@Tag(name = "Webhooks")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record EndpointRequest(String url, List<String> events, String secret) {
    }

    /** {@code secret} only in the answer that made or rotated it; {@code previousSecretValidUntil} during a rotation. */
    record EndpointJson(UUID id, String url, List<String> events, Instant createdAt, Instant previousSecretValidUntil,
                        String secret) {
        static EndpointJson of(WebhookEndpoint e, String secret) {
            return new EndpointJson(e.id(), e.url(), e.events(), e.createdAt(), e.previousUntil(), secret);
        }
    }

    @GetMapping
    @Operation(summary = "The shop's webhook endpoints, oldest first (never with their secrets)")
    List<EndpointJson> list(Caller caller) {
        return webhooks.endpoints(caller.requireCreditor()).stream().map(e -> EndpointJson.of(e, null)).toList();
    }

    @PostMapping
    @Operation(summary = "Add an endpoint: an https URL on a public address, the events it takes, optionally its own "
            + "secret (24-100 characters); the answer shows the secret, once")
    ResponseEntity<EndpointJson> create(@RequestBody(required = false) EndpointRequest request, Caller caller,
                                        HttpServletRequest http) {
        SecretResponses.mark(http);
        EndpointRequest body = request == null ? new EndpointRequest(null, null, null) : request;
        Webhooks.WithSecret made = webhooks.create(caller.requireCreditor(), body.url(), body.events(), body.secret(),
                caller.actor());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(EndpointJson.of(made.endpoint(), made.secret()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an endpoint; deliveries still waiting for it are not sent")
    void delete(@PathVariable UUID id, Caller caller) {
        webhooks.delete(caller.requireCreditor(), id, caller.actor());
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "A new secret, shown once; for 24 hours each delivery carries a signature with the old one too")
    ResponseEntity<EndpointJson> rotate(@PathVariable UUID id, Caller caller, HttpServletRequest http) {
        SecretResponses.mark(http);
        Webhooks.WithSecret rotated = webhooks.rotate(caller.requireCreditor(), id, caller.actor());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(EndpointJson.of(rotated.endpoint(), rotated.secret()));
    }

    @PostMapping("/{id}/test")
    @Operation(summary = "Send a 'webhook.test' event now; the delivery with the endpoint's answer")
    WebhookDelivery test(@PathVariable UUID id, Caller caller) {
        return webhooks.sendTest(caller.requireCreditor(), id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The endpoint's newest deliveries (at most 'limit', default 50, up to 200), each with every "
            + "attempt: when, the HTTP status answered or the error, how long it took")
    List<WebhookDelivery> deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit,
                                     Caller caller) {
        return webhooks.deliveries(caller.requireCreditor(), id, limit);
    }
}
