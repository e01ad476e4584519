package de.kulant.portal;

import de.kulant.collection.CaseId;
import de.kulant.collection.CaseReference;
import de.kulant.collection.PortalCases;
import de.kulant.platform.Actor;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Signs a debtor in: refused without a look while the reference or the address is locked, counted when any of the
 * three does not match, and one answer for every kind of mismatch.
 */
@Service
public class PortalSignIn {

    /** What came of an attempt; {@code caseId} and {@code reference} only when signed in. */
    public record Attempt(Result result, CaseId caseId, String reference) {
    }

    public enum Result { SIGNED_IN, WRONG, LOCKED }

    private final PortalCases cases;
    private final SignInThrottle throttle;

    PortalSignIn(PortalCases cases, SignInThrottle throttle) {
        this.cases = cases;
        this.throttle = throttle;
    }

    public Attempt signIn(String reference, String code, String postalCode, String address) {
        if (throttle.locked(reference, address)) {
            return new Attempt(Result.LOCKED, null, null);
        }
        Optional<CaseId> found = cases.signIn(reference, code, postalCode);
        if (found.isEmpty()) {
            throttle.failed(reference, address);
            // the attempt that reaches the limit is told so at once
            return new Attempt(throttle.locked(reference, address) ? Result.LOCKED : Result.WRONG, null, null);
        }
        throttle.succeeded(reference);
        String printed = CaseReference.parse(reference).value();
        cases.record(found.get(), "signed-in", "Im Portal angemeldet", false, Actor.debtor(printed));
        return new Attempt(Result.SIGNED_IN, found.get(), printed);
    }
}
