package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoSeedTest {

    private static final String H2 = "jdbc:h2:file:./data/kulant;MODE=PostgreSQL";
    private static final String POSTGRES = "jdbc:postgresql://localhost:5432/kulant";

    @Test
    void seedsByDefaultOnlyOnTheEmbeddedDatabase() {
        assertThat(DemoSeed.enabled(new MockEnvironment().withProperty("spring.datasource.url", H2))).isTrue();
        assertThat(DemoSeed.enabled(new MockEnvironment().withProperty("spring.datasource.url", POSTGRES))).isFalse();
    }

    @Test
    void anExplicitSettingWinsOnEitherDatabase() {
        assertThat(DemoSeed.enabled(new MockEnvironment().withProperty("spring.datasource.url", H2)
                .withProperty("kulant.demo.seed", "false"))).isFalse();
        assertThat(DemoSeed.enabled(new MockEnvironment().withProperty("spring.datasource.url", POSTGRES)
                .withProperty("kulant.demo.seed", "true"))).isTrue();
    }
}
