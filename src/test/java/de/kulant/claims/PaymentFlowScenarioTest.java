package de.kulant.claims;

import static de.kulant.support.ClaimFixture.aClaim;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.creditors.ShopUserMail;
import de.kulant.creditors.Creditors;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.StaffLinkMail;
import de.kulant.platform.money.Money;
import de.kulant.support.FlowFixtures;
import de.kulant.support.TestClock;
import de.kulant.support.TestClockConfiguration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The claims module on its own: a payment booked on a claim announces how it was allocated, for other modules. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(TestClockConfiguration.class)
@TestPropertySource(locations = "classpath:flow-test.properties")
class PaymentFlowScenarioTest {

    @Autowired
    private ClaimIntake intake;

    @Autowired
    private ClaimAccounting accounting;

    @Autowired
    private Creditors creditors;

    @Autowired
    private TestClock clock;

    /** Staff invitations are e-mailed by correspondence, which this module test does not start. */
    @MockitoBean
    private StaffLinkMail staffLinkMail;

    /** A shop's sign-up confirmation is e-mailed by correspondence too. */
    @MockitoBean
    private ShopUserMail confirmationMail;

    @Test
    void aPaymentAnnouncesWhatWentToInterestAndPrincipalAndThatTheClaimIsPaid(Scenario scenario) {
        clock.reset();
        CreditorId shop = FlowFixtures.aCreditor(creditors, "Zahlungsfluss");
        // 1,000.00 due 2026-03-02 by calendar: default from 2026-03-03 at 5 + 1.27 % = 6.27 % a year (consumer)
        ClaimId claim = FlowFixtures.create(intake, shop, aClaim("R-FLUSS-1").of("1000.00").invoicedOn("2026-02-16")
                .dueOn("2026-03-02").withCalendarDueDate());

        scenario.stimulate(() -> accounting.recordPayment(shop, claim, Money.eur("1005.15"), LocalDate.of(2026, 4, 2),
                        "Überweisung", Actor.system()))
                .andWaitForEventOfType(PaymentAllocated.class)
                .matching(event -> event.claimId().equals(claim))
                .toArriveAndVerify(event -> {
                    // interest 2026-03-03 – 04-01 (30 days): 1,000.00 × 6.27 % × 30 / 365 = 5.1534 → 5.15
                    assertThat(event.interest()).isEqualTo(Money.eur("5.15"));
                    assertThat(event.principal()).isEqualTo(Money.eur("1000.00"));
                    assertThat(event.overpayment()).isEqualTo(Money.zeroEur());
                    assertThat(event.statusAfter()).isEqualTo(ClaimStatus.PAID);
                    assertThat(event.creditorId()).isEqualTo(shop);
                });
    }
}
