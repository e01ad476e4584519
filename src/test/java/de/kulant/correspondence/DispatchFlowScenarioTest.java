package de.kulant.correspondence;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimIntake;
import de.kulant.creditors.Creditors;
import de.kulant.dunning.DunningRuns;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.support.FlowFixtures;
import de.kulant.support.TestClock;
import de.kulant.support.TestClockConfiguration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** Correspondence on its own: the notices a run issues are queued for sending, each on its debtor's channel. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(TestClockConfiguration.class)
@TestPropertySource(locations = "classpath:flow-test.properties")
class DispatchFlowScenarioTest {

    @Autowired
    private ClaimIntake intake;

    @Autowired
    private Creditors creditors;

    @Autowired
    private DunningRuns runs;

    @Autowired
    private Correspondence correspondence;

    @Autowired
    private TestClock clock;

    @Test
    void theNoticesOfARunAreQueuedAsAnEmailOrForADebtorWithoutAddressAsALetter(Scenario scenario) {
        CreditorId shop = FlowFixtures.aCreditor(creditors, "Versandfluss");
        FlowFixtures.create(intake, shop, aClaim("R-MAIL-1").invoicedOn("2026-02-16").dueOn("2026-03-02")
                .owedBy(aConsumer("K-MAIL").email("mail@example.org")));
        FlowFixtures.create(intake, shop, aClaim("R-POST-1").invoicedOn("2026-02-16").dueOn("2026-03-02")
                .owedBy(aConsumer("K-POST").withoutEmail()));
        clock.setToday(LocalDate.of(2026, 3, 7));

        scenario.stimulate(() -> runs.start(shop, LocalDate.of(2026, 3, 7), false, Actor.system()))
                .andWaitForStateChange(() -> correspondence.dispatches(shop, null, 10), queued -> queued.size() == 2)
                .andVerify(queued -> {
                    List<String> sent = queued.stream().map(d -> d.channel() + " " + d.recipient()).sorted().toList();
                    assertThat(sent).containsExactly("EMAIL mail@example.org", "LETTER Erika Mustermann");
                    assertThat(queued).allMatch(d -> d.status() == DispatchView.Status.PENDING);
                });
    }
}
