package de.kulant.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * A provider for trying the portal: its "payment page" is a page of the portal with three buttons — paid, refused,
 * and paid with the confirmation coming late — and it sends its webhook signed like a real provider would. It moves
 * no money, so it is off unless {@code kulant.portal.sandbox-payments=true}.
 */
@Component
@ConditionalOnProperty(name = "kulant.portal.sandbox-payments", havingValue = "true")
public class SandboxProvider implements PaymentProvider {

    static final String NAME = "sandbox";
    static final String SIGNATURE = "Sandbox-Signature";

    /** A checkout waiting on the sandbox's page. */
    public record Pending(String reference, String amount, String description, String returnUrl) {
    }

    private final byte[] secret = new byte[32];
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final TaskScheduler scheduler;
    private final Duration lateBy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxProvider(@Qualifier("taskScheduler") TaskScheduler scheduler, PortalProperties properties) {
        new SecureRandom().nextBytes(secret);
        this.scheduler = scheduler;
        this.lateBy = properties.sandboxLateWebhook();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label(boolean english) {
        return english ? "card (sandbox, no real money)" : "Karte (Testumgebung, kein echtes Geld)";
    }

    @Override
    public Checkout start(CheckoutRequest request) {
        String reference = "sbx_" + UUID.randomUUID().toString().replace("-", "");
        pending.put(reference, new Pending(reference, request.amount().toPlainString(), request.description(),
                request.returnUrl()));
        return new Checkout(reference, "/portal/sandbox/" + reference);
    }

    public Optional<Pending> pending(String reference) {
        return Optional.ofNullable(pending.get(reference));
    }

    /**
     * The debtor's choice on the sandbox page; returns where the debtor goes back to. The webhook goes over HTTP to
     * the portal that started the checkout, as a real provider's would, at once or {@code lateBy} later.
     */
    public Optional<String> decide(String reference, Outcome outcome, boolean late) {
        Pending checkout = pending.remove(reference);
        if (checkout == null) {
            return Optional.empty();
        }
        byte[] body = ("{\"reference\":\"" + reference + "\",\"outcome\":\"" + outcome.name() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        URI origin = URI.create(checkout.returnUrl()).resolve("/portal/providers/" + NAME + "/webhook");
        HttpRequest request = HttpRequest.newBuilder(origin).header(SIGNATURE, sign(body))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        Runnable webhook = () -> {
            try {
                http.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        if (late) {
            scheduler.schedule(webhook, Instant.now().plus(lateBy));
        } else {
            webhook.run();
        }
        return Optional.of(checkout.returnUrl());
    }

    @Override
    public Optional<Notification> read(Map<String, String> headers, byte[] body) {
        String signature = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(SIGNATURE))
                .map(Map.Entry::getValue).findFirst().orElse("");
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\{\"reference\":\"(sbx_[0-9a-f]{32})\",\"outcome\":\"(SUCCEEDED|FAILED)\"}").matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Notification(m.group(1), Outcome.valueOf(m.group(2))));
    }

    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
