package de.kulant.claims;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Eight clients without pause against one shop's claim list (issue 13): the first page in the default order, and the
 * first page filtered by status, alternately. With a static file as the path the same load measures the bare HTTP
 * stack as the baseline of the run.
 */
public class ClaimListSimulation extends Simulation {

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("kulant.load.url"))
            .authorizationHeader("Bearer " + System.getProperty("kulant.load.key"))
            .acceptHeader("application/json").shareConnections();

    private final String[] paths = System.getProperty("kulant.load.paths").split(",");
    private final int seconds = Integer.getInteger("kulant.load.seconds", 30);

    private final ScenarioBuilder clients = scenario("claim list").forever().on(exec(
            http("first").get(paths[0]).check(status().is(200)),
            http("second").get(paths[paths.length - 1]).check(status().is(200))));

    {
        setUp(clients.injectClosed(constantConcurrentUsers(8).during(Duration.ofSeconds(seconds))))
                .protocols(protocol).maxDuration(Duration.ofSeconds(seconds))
                // the figures land in assertions.json, where the benchmark reads them
                .assertions(global().responseTime().percentile(99.0).lt(50),
                        global().responseTime().percentile(95.0).lt(50),
                        global().responseTime().percentile(50.0).lt(50),
                        global().requestsPerSec().gte(500.0),
                        global().failedRequests().count().is(0L));
    }
}
