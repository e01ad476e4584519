package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.Api.Auth;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnH2;
import org.junit.jupiter.api.Test;

/** Health, metrics, API documentation and the security headers every answer carries. */
@OnH2
class OperationsOnH2Test extends IntegrationTest {

    @Test
    void healthIsOpenForLoadBalancers() {
        Api.Response health = api.get("/actuator/health", Auth.none());

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.at("/status")).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreForStaffOnly() {
        Tenant shop = newTenant("Metriken");

        assertThat(api.get("/actuator/prometheus", Auth.none()).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", shop.auth()).status()).isEqualTo(403);
        Api.Response metrics = api.get("/actuator/prometheus", ADMIN);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void theWorkerPoolsAreNamedBoundedAndMeasured() {
        String metrics = api.get("/actuator/prometheus", ADMIN).body();

        // name, threads, queue capacity: what an operator reads off the dashboard to see a pool fill up
        for (String[] pool : new String[][] {{"statementMatchingExecutor", "2", "8"}, {"dispatchExecutor", "2", "200"},
                {"dunningRunExecutor", "2", "3"}, {"applicationTaskExecutor", "4", "1000"}}) {
            assertThat(metrics).contains("executor_pool_max_threads{name=\"" + pool[0] + "\"} " + pool[1] + ".0")
                    .contains("executor_queue_remaining_tasks{name=\"" + pool[0] + "\"} " + pool[2] + ".0");
        }
        assertThat(metrics).contains("executor_pool_max_threads{name=\"taskScheduler\"}")
                .contains("executor_pool_max_threads{name=\"jobLockKeepAlive\"}");
    }

    @Test
    void servesTheOpenApiDescriptionAndSwaggerUi() {
        Api.Response docs = api.get("/v3/api-docs", Auth.none());

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/claims", "/api/v1/claims/batch",
                "/api/v1/claims/import", "/api/v1/admin/creditors", "/api/v1/law/default-interest",
                "/api/v1/bank-statements", "/api/v1/payments/{id}/assign", "/api/v1/payments/{id}/return-of",
                "/api/v1/payments/{id}/unassign", "/api/v1/refund-transfers", "/api/v1/refund-transfers/paid-by-hand");
        assertThat(api.get("/swagger-ui/index.html", Auth.none()).status()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() {
        for (Api.Response response : new Api.Response[] {api.get("/login", Auth.none()),
                api.get("/api/v1/claims", Auth.none())}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).contains("default-src");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(api.get("/login", Auth.none()).header("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void theUiAsksAnonymousVisitorsToLogIn() {
        Api.Response response = api.get("/claims", Auth.none());

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void aLoginFormWithoutCsrfTokenIsRefused() {
        Api.Response response = api.postBytes("/login", "username=admin&password=x".getBytes(),
                "application/x-www-form-urlencoded", Auth.none());

        assertThat(response.status()).isEqualTo(403);
    }
}
