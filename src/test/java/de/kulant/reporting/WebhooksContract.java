package de.kulant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimId;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import de.kulant.reporting.internal.WebhookSender;
import de.kulant.reporting.internal.WebhookSignature;
import de.kulant.support.Api;
import de.kulant.support.ClaimFixture;
import de.kulant.support.IntegrationTest;
import de.kulant.support.ShopLogins;
import de.kulant.support.StaffSession;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks (issue 17, item 7): a test receiver on this machine checks each delivery's signature, answers 500 twice and
 * then 200, and sees the retries after the back-off; a delivery nobody accepts is given up after a day; a rotated
 * secret signs beside the old one for a day; a change that rolled back sends nothing; bad URLs are refused with
 * nothing stored; and another shop's endpoint is never found.
 */
abstract class WebhooksContract extends IntegrationTest {

    /** What the receiver got: its path, the signature header and the body. */
    record Received(String path, String signature, String body) {
    }

    /** Paths of this test only: a delivery left from another test never counts here. */
    private final String prefix = "/r" + System.nanoTime();
    private HttpServer receiver;
    private final ConcurrentLinkedDeque<Received> received = new ConcurrentLinkedDeque<>();
    private final List<Integer> answers = Collections.synchronizedList(new ArrayList<>());

    @Autowired
    private WebhookSender sender;

    @Autowired
    private ClaimAccounting accounting;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private org.springframework.security.crypto.password.PasswordEncoder encoder;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Kulant-Signature"), body));
            int code = exchange.getRequestURI().getPath().endsWith("/down") ? 503
                    : answers.isEmpty() ? 200 : answers.remove(0);
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://localhost:" + receiver.getAddress().getPort() + prefix + path;
    }

    private Api.Response endpoint(Tenant shop, String path, List<String> events) {
        return api.post("/api/v1/webhooks", Map.of("url", url(path), "events", events), shop.auth());
    }

    /** The {@code v1} signatures of a header, checked against nothing yet. */
    private static List<String> signatures(String header) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("v1=([0-9a-f]{64})").matcher(header);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String timestamp(String header) {
        Matcher m = Pattern.compile("^t=(\\d+),").matcher(header);
        assertThat(m.find()).as(header).isTrue();
        return m.group(1);
    }

    private List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(prefix + path)).toList();
    }

    @Test
    void aDeliveryIsSignedRetriedAfterServerErrorsAndLoggedWithEveryAnswer() {
        Tenant shop = newTenant("Hakenladen");
        Api.Response made = endpoint(shop, "/hooks", List.of("payment.booked", "claim.paid"));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String secret = made.at("/secret");
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(made.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(api.get("/api/v1/webhooks", shop.auth()).body()).contains("/hooks").doesNotContain(secret);
        assertThat(jdbc.queryForObject("select secret_sealed from webhook_endpoint where id = ?", String.class,
                UUID.fromString(made.at("/id")))).as("stored encrypted").doesNotContain(secret).startsWith("v1:");

        String claim = createClaim(shop, ClaimFixture.aClaim("H-1").of("119.00").json());
        answers.addAll(List.of(500, 500));
        assertThat(api.post("/api/v1/claims/" + claim + "/payments", Map.of("amount", "119.00",
                "bookingDate", "2026-11-27"), shop.auth()).status()).isEqualTo(201);
        awaitEvents();
        sender.deliverDue();
        assertThat(receivedAt("/hooks")).hasSize(2);
        for (Received r : receivedAt("/hooks")) {
            String t = timestamp(r.signature());
            assertThat(signatures(r.signature())).containsExactly(WebhookSignature.hmac(secret, t + "." + r.body()));
            assertThat(Math.abs(Long.parseLong(t) - clock.instant().getEpochSecond())).isLessThanOrEqualTo(1);
        }
        JsonNode booked = jsonOf(receivedAt("/hooks"), "payment.booked");
        assertThat(booked.get("data").get("claimId").asString()).isEqualTo(claim);
        assertThat(booked.get("data").get("principal").asString()).isEqualTo("119.00");
        assertThat(jsonOf(receivedAt("/hooks"), "claim.paid").get("data").get("paidOn").asString())
                .isEqualTo("2026-11-27");

        String id = made.at("/id");
        JsonNode log = api.get("/api/v1/webhooks/" + id + "/deliveries", shop.auth()).json();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.get(0).get("status").asString()).isEqualTo("PENDING");
        assertThat(log.get(0).get("log").get(0).get("statusCode").asInt()).isEqualTo(500);
        sender.deliverDue();
        assertThat(receivedAt("/hooks")).as("nothing is due before the first wait").hasSize(2);

        // a minute later both are tried again: one is refused once more, the other taken
        clock.advance(Duration.ofMinutes(1));
        answers.add(500);
        sender.deliverDue();
        assertThat(receivedAt("/hooks")).hasSize(4);
        clock.advance(Duration.ofMinutes(5));
        sender.deliverDue();
        assertThat(receivedAt("/hooks")).hasSize(5);
        log = api.get("/api/v1/webhooks/" + id + "/deliveries", shop.auth()).json();
        List<Integer> codes = new ArrayList<>();
        int attempts = 0;
        for (JsonNode delivery : log) {
            assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
            attempts += delivery.get("attempts").asInt();
            delivery.get("log").forEach(a -> codes.add(a.get("statusCode").asInt()));
        }
        assertThat(attempts).isEqualTo(5);
        assertThat(codes).containsExactlyInAnyOrder(500, 500, 500, 200, 200);
        clock.advance(Duration.ofHours(1));
        sender.deliverDue();
        assertThat(receivedAt("/hooks")).as("a delivered event is not sent again").hasSize(5);
    }

    private JsonNode jsonOf(List<Received> all, String type) {
        return all.stream().map(r -> json.readTree(r.body())).filter(n -> n.get("type").asString().equals(type))
                .findFirst().orElseThrow();
    }

    @Test
    void aDeliveryNobodyAcceptsIsGivenUpAfterADayAndARotatedSecretSignsBesideTheOldOne() {
        Tenant shop = newTenant("Stillladen");
        Api.Response down = endpoint(shop, "/down", List.of("case.closed"));
        JsonNode tested = api.post("/api/v1/webhooks/" + down.at("/id") + "/test", "", shop.auth()).json();
        assertThat(tested.get("status").asString()).isEqualTo("PENDING");
        assertThat(tested.get("log").get(0).get("statusCode").asInt()).isEqualTo(503);
        for (int hours = 1; hours <= 25; hours++) {
            clock.advance(Duration.ofHours(1));
            sender.deliverDue();
        }
        JsonNode given = api.get("/api/v1/webhooks/" + down.at("/id") + "/deliveries", shop.auth()).json().get(0);
        assertThat(given.get("status").asString()).isEqualTo("FAILED");
        assertThat(given.get("attempts").asInt()).as("1m, 5m, 30m, 2h, 6h, 12h and at 24h")
                .isBetween(6, 8);

        Api.Response made = endpoint(shop, "/rotating", List.of("claim.paid"));
        String old = made.at("/secret");
        Api.Response rotated = api.post("/api/v1/webhooks/" + made.at("/id") + "/rotate-secret", "", shop.auth());
        String fresh = rotated.at("/secret");
        assertThat(fresh).isNotEqualTo(old).startsWith("whsec_");
        assertThat(rotated.at("/previousSecretValidUntil")).isNotBlank();
        api.post("/api/v1/webhooks/" + made.at("/id") + "/test", "", shop.auth());
        Received during = receivedAt("/rotating").get(0);
        String t = timestamp(during.signature());
        assertThat(signatures(during.signature())).containsExactly(
                WebhookSignature.hmac(fresh, t + "." + during.body()), WebhookSignature.hmac(old, t + "." + during.body()));
        assertThat(json.readTree(during.body()).get("type").asString()).isEqualTo("webhook.test");
        clock.advance(Duration.ofHours(25));
        api.post("/api/v1/webhooks/" + made.at("/id") + "/test", "", shop.auth());
        Received after = receivedAt("/rotating").get(1);
        assertThat(signatures(after.signature())).containsExactly(
                WebhookSignature.hmac(fresh, timestamp(after.signature()) + "." + after.body()));
    }

    @Test
    void aPaymentThatRolledBackSendsNothingAndOneThatCommittedDoes() {
        Tenant shop = newTenant("Rückrollladen");
        endpoint(shop, "/rollback", List.of("payment.booked"));
        CreditorId creditor = CreditorId.of(shop.id());
        ClaimId claim = new ClaimId(UUID.fromString(createClaim(shop, ClaimFixture.aClaim("R-1").of("80.00").json())));
        transactions.executeWithoutResult(status -> {
            accounting.recordPayment(creditor, claim, Money.eur("30.00"), LocalDate.of(2026, 11, 27), "Teil",
                    Actor.system());
            status.setRollbackOnly();
        });
        awaitEvents();
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery where creditor_id = ?", Integer.class,
                UUID.fromString(shop.id()))).isZero();
        accounting.recordPayment(creditor, claim, Money.eur("30.00"), LocalDate.of(2026, 11, 27), "Teil",
                Actor.system());
        awaitEvents();
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery where creditor_id = ? and event_type = "
                + "'payment.booked'", Integer.class, UUID.fromString(shop.id()))).isEqualTo(1);
        sender.deliverDue();
        assertThat(receivedAt("/rollback")).hasSize(1);
        assertThat(receivedAt("/rollback").get(0).body()).contains("\"principal\":\"30.00\"");
    }

    @Test
    void urlsOutsideThePublicInternetAndOtherMistakesAreRefusedWithNothingStoredAndOtherShopsFindNothing() {
        Tenant shop = newTenant("Prüfladen");
        Map<String, String> refused = Map.of("http://shop.example/hook", "must start with https://",
                "https://10.0.0.7/hook", "private network", "https://192.168.1.20/x", "private network",
                "https://169.254.169.254/latest/meta-data", "private network", "https://[fd00::1]/x",
                "private network", "https://100.64.0.1/x", "private network", "ftp://files.example/x",
                "must start with https://", "https://user:pw@localhost:1/x", "not a valid URL");
        refused.forEach((url, code) -> {
            Api.Response answer = api.post("/api/v1/webhooks", Map.of("url", url, "events", List.of("claim.paid")),
                    shop.auth());
            assertThat(answer.status()).as(url).isEqualTo(422);
            assertThat(answer.body()).as(url).contains(code);
        });
        assertThat(api.post("/api/v1/webhooks", Map.of("url", url("/x"), "events", List.of()), shop.auth()).body())
                .contains("choose at least one event");
        assertThat(api.post("/api/v1/webhooks", Map.of("url", url("/x"), "events", List.of("claim.lost")),
                shop.auth()).body()).contains("unknown event").contains("events[0]");
        assertThat(api.post("/api/v1/webhooks", Map.of("url", url("/x"), "events", List.of("claim.paid"),
                "secret", "kurz"), shop.auth()).body()).contains("24 to 100 visible characters");
        assertThat(api.get("/api/v1/webhooks", shop.auth()).json().size()).isZero();

        Api.Response own = api.post("/api/v1/webhooks", Map.of("url", url("/own"), "events", List.of("claim.paid"),
                "secret", "ein-eigener-schluessel-mit-30-zeichen"), shop.auth());
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.at("/secret")).isEqualTo("ein-eigener-schluessel-mit-30-zeichen");
        Tenant other = newTenant("Nachbarladen");
        String id = own.at("/id");
        assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries", other.auth()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/webhooks/" + id + "/test", "", other.auth()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/webhooks/" + id + "/rotate-secret", "", other.auth()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/webhooks/" + id, other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/webhooks", other.auth()).body()).doesNotContain(id);
        StaffSession stranger = ShopLogins.signIn(port, ShopLogins.user(jdbc, encoder, other.id(), "OWNER"));
        assertThat(stranger.get("/app/webhooks/" + id).status()).isEqualTo(404);
        for (String action : new String[] {"/test", "/rotate", "/delete"}) {
            assertThat(stranger.post("/app/webhooks/" + id + action, Map.of()).status()).as(action).isEqualTo(404);
        }
        assertThat(stranger.get("/app/webhooks").body()).doesNotContain("/own");
        StaffSession reader = ShopLogins.signIn(port, ShopLogins.user(jdbc, encoder, shop.id(), "ACCOUNTANT"));
        assertThat(reader.get("/app/webhooks/" + id).body()).contains("/own").doesNotContain("id=\"webhook-test\"");
        assertThat(reader.post("/app/webhooks/" + id + "/rotate", Map.of()).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/webhooks/" + id, shop.auth()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/webhooks", shop.auth()).json().size()).isZero();
    }
}
