package de.kulant.platform.replica;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.TestClock;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** Which requests may read from the standby: page views, not API calls, not a session that just posted a form. */
class ReplicaReadsFilterTest {

    private final TestClock clock = new TestClock();
    private final ReplicaReadsFilter filter = new ReplicaReadsFilter(clock, Duration.ofSeconds(5));
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void aPageViewMayReadTheStandby() throws Exception {
        assertThat(readsStandby(request("GET", "/dashboard"))).isTrue();
        assertThat(readsStandby(request("HEAD", "/claims"))).isTrue();
    }

    @Test
    void formPostsApiCallsAndProbesReadThePrimary() throws Exception {
        assertThat(readsStandby(request("POST", "/claims/new"))).isFalse();
        assertThat(readsStandby(request("GET", "/api/v1/claims"))).isFalse();
        assertThat(readsStandby(request("GET", "/actuator/health"))).isFalse();
    }

    @Test
    void aSessionThatPostedAFormReadsThePrimaryForFiveSeconds() throws Exception {
        readsStandby(request("POST", "/cases/1/notes"));
        clock.advance(Duration.ofSeconds(4));
        assertThat(readsStandby(request("GET", "/cases/1"))).as("4 s after the post").isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(readsStandby(request("GET", "/cases/1"))).as("6 s after the post").isTrue();
        assertThat(ReplicaScope.isOpen()).as("the mark ends with the request").isFalse();
    }

    private MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setSession(session);
        return request;
    }

    private boolean readsStandby(HttpServletRequest request) throws Exception {
        boolean[] open = new boolean[1];
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> open[0] = ReplicaScope.isOpen());
        return open[0];
    }
}
