package de.kulant.dunning;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimIntake;
import de.kulant.creditors.ShopUserMail;
import de.kulant.creditors.Creditors;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.StaffLinkMail;
import de.kulant.support.FlowFixtures;
import de.kulant.support.TestClock;
import de.kulant.support.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The dunning module on its own: runs issue notices (announced for correspondence), and the run after the last
 * level's deadline hands the claim over (announced for collection). Runs are worked off on the test's thread here,
 * because a scenario sees the events of the thread that stimulates it (and of threads it starts).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(TestClockConfiguration.class)
@TestPropertySource(locations = "classpath:flow-test.properties")
class HandoverFlowScenarioTest {

    @Autowired
    private ClaimIntake intake;

    @Autowired
    private Creditors creditors;

    @Autowired
    private DunningRuns runs;

    @Autowired
    private TestClock clock;

    @Autowired
    private Notices notices;

    /** Staff invitations are e-mailed by correspondence, which this module test does not start. */
    @MockitoBean
    private StaffLinkMail staffLinkMail;

    /** A shop's sign-up confirmation is e-mailed by correspondence too. */
    @MockitoBean
    private ShopUserMail confirmationMail;

    @TestBean(name = "dunningRunExecutor")
    private AsyncTaskExecutor worker;

    static AsyncTaskExecutor worker() {
        return new TaskExecutorAdapter(new SyncTaskExecutor());
    }

    private RunView runOn(CreditorId shop, LocalDate day) {
        clock.setToday(day);
        RunView run = runs.start(shop, day, false, Actor.system());
        runs.awaitIdle(Duration.ofSeconds(30));
        return run;
    }

    @Test
    void aRunAnnouncesTheLettersOfItsNotices(Scenario scenario) {
        CreditorId shop = FlowFixtures.aCreditor(creditors, "Mahnfluss");
        FlowFixtures.create(intake, shop, aClaim("R-BRIEF-1").invoicedOn("2026-02-16").dueOn("2026-03-02")
                .owedBy(aConsumer("K-1")));
        FlowFixtures.create(intake, shop, aClaim("R-BRIEF-2").invoicedOn("2026-02-16").dueOn("2026-03-02")
                .owedBy(aConsumer("K-1")));

        scenario.stimulate(() -> runOn(shop, LocalDate.of(2026, 3, 7)))
                .andWaitForEventOfType(NoticesIssued.class)
                .matching(event -> event.issuedOn().equals(LocalDate.of(2026, 3, 7)) && !event.isHistory())
                .toArriveAndVerify((event, run) -> {
                    // one debtor's two claims: one combined letter
                    assertThat(event.run().value()).isEqualTo(run.id());
                    assertThat(event.letterIds()).hasSize(1);
                    IssuedLetter named = notices.letters(event).get(0);
                    assertThat(named.creditorId()).isEqualTo(shop);
                    assertThat(named.channel()).isEqualTo(Channel.EMAIL); // the default policy's first level
                    // an event stored before events named their letters carries the ids alone: read from the notices
                    NoticesIssued earlierForm = new NoticesIssued(event.runId(), event.issuedOn(),
                            List.of(named.combinedId().value()), null, null);
                    assertThat(notices.letters(earlierForm)).containsExactly(named);
                });
    }

    @Test
    void theRunAfterTheLastDeadlineHandsTheClaimOverToCollection(Scenario scenario) {
        CreditorId shop = FlowFixtures.aCreditor(creditors, "Abgabefluss");
        ClaimId claim = FlowFixtures.create(intake, shop, aClaim("R-ABGABE-1").invoicedOn("2026-02-16")
                .dueOn("2026-03-02").owedBy(aConsumer("K-1")));
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 4, 4))) {
            runOn(shop, day);
        }

        scenario.stimulate(() -> runOn(shop, LocalDate.of(2026, 4, 14)))
                .andWaitForEventOfType(ClaimsHandedOver.class)
                .matching(event -> event.claims().stream().anyMatch(c -> c.claimId().equals(claim)))
                .toArriveAndVerify(event -> {
                    ClaimHandedOver handedOver = event.claims().get(0);
                    assertThat(event.claims()).hasSize(1);
                    assertThat(handedOver.creditorId()).isEqualTo(shop);
                    assertThat(handedOver.on()).isEqualTo(LocalDate.of(2026, 4, 14));
                });
    }
}
