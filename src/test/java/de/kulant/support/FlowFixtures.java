package de.kulant.support;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimIntake;
import de.kulant.creditors.Creditors;
import de.kulant.creditors.NewCreditor;
import de.kulant.payments.BankFiles;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.PostalAddress;
import java.util.concurrent.atomic.AtomicLong;

/** Creditors and claims made through the modules' own APIs, for tests of one module's flows without HTTP. */
public final class FlowFixtures {

    private static final AtomicLong ACCOUNTS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 500_000_000L);

    private FlowFixtures() {
    }

    /** A creditor of its own, with an account no other creditor of this test run has. */
    public static CreditorId aCreditor(Creditors creditors, String name) {
        return creditors.create(new NewCreditor(name, "rechnung@shop.example",
                new PostalAddress("Hafenstraße 1", "20457", "Hamburg", "DE"), BankFiles.iban(ACCOUNTS.incrementAndGet()),
                null, null, null, null), Actor.system()).id();
    }

    public static ClaimId create(ClaimIntake intake, CreditorId creditor, ClaimFixture claim) {
        return intake.createOne(creditor, claim.request(), Actor.system()).claim().id();
    }
}
