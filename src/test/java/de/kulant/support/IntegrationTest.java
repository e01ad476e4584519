package de.kulant.support;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api.Auth;
import de.kulant.payments.BankFiles;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running application on a random port, with a {@link TestClock} at 2026-11-27. Each test makes its
 * own creditors, so tests never see each other's data and need no clean-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kulant.demo.seed=false",
        "kulant.admin.user=admin",
        "kulant.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
        "logging.file.name=",
        "spring.main.banner-mode=off",
        "kulant.dunning.schedule-enabled=false",
        "kulant.dunning.debtors-per-chunk=3",
        "kulant.correspondence.dispatch-enabled=false",
        "kulant.payments.import-folder-enabled=false",
        "kulant.reporting.settlement-schedule-enabled=false",
        "kulant.webhooks.dispatch-enabled=false",
        "kulant.webhooks.allow-localhost=true",
        "kulant.portal.sandbox-payments=true",
        "kulant.portal.sandbox-late-webhook=1s",
        // many tests sign shops up from 127.0.0.1 at the same test clock; SignupThrottleContract tests the limit
        "kulant.creditors.signups-per-address-per-hour=100000",
        "kulant.data-dir=target/test-data${kulant.test.fork:}"})
@Import({TestClockConfiguration.class, CrashingRuns.class, QueryCounter.class})
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    protected static final Auth ADMIN = Auth.basic("admin", ADMIN_PASSWORD);

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected TestClock clock;

    protected Api api;

    @Autowired
    private org.springframework.modulith.events.core.EventPublicationRegistry publications;

    /** Publications left incomplete before this test began (a failed listener of another test), not waited for. */
    private java.util.Set<java.util.UUID> incompleteBefore = java.util.Set.of();

    /**
     * Waits until the listeners of the events this test published have run (a handover opens its case after the run
     * committed, a payment reaches the case after it was booked), at most ten seconds.
     */
    protected void awaitEvents() {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until && publications.findIncompletePublications().stream()
                .anyMatch(p -> !incompleteBefore.contains(p.getIdentifier()))) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @BeforeEach
    void connect() {
        incompleteBefore = publications.findIncompletePublications().stream()
                .map(org.springframework.modulith.events.EventPublication::getIdentifier)
                .collect(java.util.stream.Collectors.toSet());
        api = new Api(port, json);
        clock.reset();
    }

    /** A creditor of its own with an API key and an account (IBAN) of its own. */
    protected record Tenant(String id, String key, String iban) {
        public Auth auth() {
            return Auth.bearer(key);
        }
    }

    private static final AtomicLong ACCOUNTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** A valid German IBAN no other creditor of this test run has (two creditors may not share one). */
    protected static String nextIban() {
        return BankFiles.iban(ACCOUNTS.incrementAndGet());
    }

    protected Tenant newTenant(String name) {
        return newTenant(name, nextIban());
    }

    /** A creditor whose payout account is {@code iban}, for tests of its bank statements. */
    protected Tenant newTenant(String name, String iban) {
        Api.Response created = api.post("/api/v1/admin/creditors", Map.of("name", name, "email", "rechnung@shop.example",
                "address", Map.of("street", "Hafenstraße 1", "postalCode", "20457", "city", "Hamburg", "country", "DE"),
                "iban", iban), ADMIN);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.at("/id");
        Api.Response key = api.post("/api/v1/admin/creditors/" + id + "/api-keys", "", ADMIN);
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return new Tenant(id, key.at("/key"), iban);
    }

    /** A valid claim as a shop would send it ({@link ClaimFixture}); tests change single fields to make it invalid. */
    protected static Map<String, Object> claim(String invoiceNumber) {
        return ClaimFixture.aClaim(invoiceNumber).json();
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> debtorOf(Map<String, Object> claim) {
        return (Map<String, Object>) claim.get("debtor");
    }

    protected String createClaim(Tenant tenant, Map<String, Object> claim) {
        Api.Response response = api.post("/api/v1/claims", claim, tenant.auth());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.at("/id");
    }
}
