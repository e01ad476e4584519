package de.kulant.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mixed shop traffic through the API (issue 18, "Load held"): shops arrive at a constant rate ({@code kulant.load.rate}
 * visits per second for {@code kulant.load.seconds}); each visit creates a claim with an idempotency key (one visit in
 * ten sends the same request again, as a client does after a timeout, and must get the same claim), reads it, lists
 * the shop's claims, records a part payment and reads the claim's notices. The shops' API keys come from
 * {@code kulant.load.keys} (CSV, column apiKey). {@code scripts/load/shop-traffic.sh} runs it in steps and as a soak.
 */
public class ShopTrafficSimulation extends Simulation {

    static final List<String> ENDPOINTS = List.of("create claim", "repeat creation", "read claim", "list claims",
            "record payment", "read notices");

    private static final AtomicLong VISITS = new AtomicLong();

    private final String run = System.getProperty("kulant.load.run", Long.toString(System.currentTimeMillis()));
    private final double rate = Double.parseDouble(System.getProperty("kulant.load.rate", "10"));
    private final int seconds = Integer.getInteger("kulant.load.seconds", 60);
    private final String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("kulant.load.url"))
            .acceptHeader("application/json").contentTypeHeader("application/json");

    private final ScenarioBuilder shop = scenario("shop").feed(csv(System.getProperty("kulant.load.keys")).circular())
            .exec(session -> {
                long visit = VISITS.incrementAndGet();
                return session.set("invoice", "L-" + run + "-" + visit).set("idempotency", UUID.randomUUID().toString())
                        .set("customer", "LK-" + (visit % 5000)).set("repeat", visit % 10 == 0);
            })
            .exec(http("create claim").post("/api/v1/claims").header("Authorization", "Bearer #{apiKey}")
                    .header("Idempotency-Key", "#{idempotency}").body(StringBody(claim()))
                    .check(status().is(201), jsonPath("$.id").saveAs("id")))
            .doIf("#{repeat}").then(exec(http("repeat creation").post("/api/v1/claims")
                    .header("Authorization", "Bearer #{apiKey}").header("Idempotency-Key", "#{idempotency}")
                    .body(StringBody(claim())).check(status().is(201), jsonPath("$.id").isEL("#{id}"))))
            .exec(http("read claim").get("/api/v1/claims/#{id}").header("Authorization", "Bearer #{apiKey}")
                    .check(status().is(200)))
            .exec(http("list claims").get("/api/v1/claims?size=20").header("Authorization", "Bearer #{apiKey}")
                    .check(status().is(200)))
            .exec(http("record payment").post("/api/v1/claims/#{id}/payments")
                    .header("Authorization", "Bearer #{apiKey}")
                    .body(StringBody("{\"amount\": \"19.00\", \"bookingDate\": \"" + today + "\"}"))
                    .check(status().is(201)))
            .exec(http("read notices").get("/api/v1/claims/#{id}/notices").header("Authorization", "Bearer #{apiKey}")
                    .check(status().is(200)));

    private String claim() {
        LocalDate due = LocalDate.parse(today).minusDays(20);
        return "{\"invoiceNumber\": \"#{invoice}\", \"invoiceDate\": \"" + due.minusDays(14) + "\", \"dueDate\": \""
                + due + "\", \"amount\": \"119.00\", \"currency\": \"EUR\", \"consumerNoticeGiven\": false, "
                + "\"debtor\": {\"kind\": \"CONSUMER\", \"customerNumber\": \"#{customer}\", \"name\": \"Kim Last\", "
                + "\"email\": \"#{customer}@kunde.example\", \"address\": {\"street\": \"Lindenweg 3\", "
                + "\"postalCode\": \"10115\", \"city\": \"Berlin\", \"country\": \"DE\"}}}";
    }

    {
        List<Assertion> figures = new ArrayList<>();
        figures.add(global().requestsPerSec().gte(0.0));
        figures.add(global().failedRequests().percent().lt(0.1));
        for (String endpoint : ENDPOINTS) {
            // the figures land in the printed assertions, where scripts/load/shop-traffic.sh reads them
            figures.add(details(endpoint).requestsPerSec().gte(0.0));
            figures.add(details(endpoint).responseTime().percentile(50.0).lt(50));
            figures.add(details(endpoint).responseTime().percentile(99.0).lt(50));
            figures.add(details(endpoint).failedRequests().percent().lt(0.1));
        }
        setUp(shop.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(seconds))))
                .protocols(protocol).assertions(figures);
    }
}
