package de.kulant.portal;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Debtors in the portal (issue 16): each opens the letter's link, signs in with reference, code and postal code,
 * reads what is owed and downloads a letter, arriving evenly over the run. Every debtor is a browser of their own
 * (cookies, CSRF token); the redirect after sign-in is followed and counted with the sign-in.
 */
public class PortalSimulation extends Simulation {

    static final List<String> STEPS = List.of("open link", "sign in", "view claim", "download letter");

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("kulant.load.url"))
            .acceptHeader("text/html,application/pdf").disableFollowRedirect();

    private final int debtors = Integer.getInteger("kulant.load.debtors", 1000);
    private final int seconds = Integer.getInteger("kulant.load.seconds", 300);

    private final ScenarioBuilder debtor = scenario("debtor").feed(csv(System.getProperty("kulant.load.letters")))
            .exec(http("open link").get("/portal?reference=#{reference}&code=#{code}")
                    .check(status().is(200), regex("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").saveAs("csrf")))
            .exec(http("sign in").post("/portal/login").formParam("reference", "#{reference}")
                    .formParam("accessCode", "#{code}").formParam("postalCode", "#{postalCode}")
                    .formParam("_csrf", "#{csrf}")
                    // a wrong sign-in answers 200 with the form again; only a right one redirects
                    .check(status().is(302)))
            .exec(http("view claim").get("/portal/case")
                    .check(status().is(200), regex("href=\"(/portal/letters/[^\"]+)\"").saveAs("letter")))
            .exec(http("download letter").get("#{letter}")
                    .check(status().is(200), io.gatling.javaapi.http.HttpDsl.header("Content-Type").is("application/pdf")));

    {
        List<Assertion> figures = new ArrayList<>();
        figures.add(global().failedRequests().count().is(0L));
        figures.add(global().requestsPerSec().gte(0.0));
        for (String step : STEPS) {
            // the figures land in the printed assertions, where the benchmark reads them
            figures.add(details(step).responseTime().percentile(99.0).lt(300));
            figures.add(details(step).responseTime().percentile(95.0).lt(300));
            figures.add(details(step).requestsPerSec().gte(0.0));
            figures.add(details(step).failedRequests().count().is(0L));
        }
        setUp(debtor.injectOpen(rampUsers(debtors).during(Duration.ofSeconds(seconds))))
                .protocols(protocol).assertions(figures);
    }
}
