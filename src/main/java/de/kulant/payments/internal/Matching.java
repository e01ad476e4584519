package de.kulant.payments.internal;

import de.kulant.claims.ClaimsForMatching;
import de.kulant.claims.DebtorId;
import de.kulant.claims.MatchCandidate;
import de.kulant.platform.CreditorId;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Matching against the database: the matcher with lookups scoped to one creditor or, for the agency's account, all. */
@Component
public class Matching {

    private final ClaimsForMatching claims;
    private final AllocationStore allocations;
    private final PaymentMatcher matcher = new PaymentMatcher();
    private final MeterRegistry meters;

    Matching(ClaimsForMatching claims, AllocationStore allocations, MeterRegistry meters) {
        this.claims = claims;
        this.allocations = allocations;
        this.meters = meters;
    }

    /** Time per lookup, as metric {@code kulant.payments.match} with tag {@code lookup}. */
    private <T> T timed(String lookup, Supplier<T> work) {
        return meters.timer("kulant.payments.match", "lookup", lookup).record(work);
    }

    public List<MatchDecision> match(CreditorId scope, List<PaymentToMatch> toMatch) {
        return match(scope, toMatch, null);
    }

    /** Matching for the chunks of one statement, remembering name lookups from chunk to chunk. */
    ForStatement forStatement() {
        return new ForStatement();
    }

    /**
     * One statement's matching. Its chunks may belong to accounts of different creditors; names are remembered for
     * the creditor at hand only (a statement keeps an account's entries together), so memory stays bounded.
     */
    final class ForStatement {
        private static final int REMEMBERED_CANDIDATES = 200_000;
        private RememberedNames names;
        private CreditorId scope;

        List<MatchDecision> match(CreditorId scope, List<PaymentToMatch> toMatch) {
            if (names == null || !Objects.equals(this.scope, scope)) {
                this.scope = scope;
                this.names = new RememberedNames(REMEMBERED_CANDIDATES);
            }
            return Matching.this.match(scope, toMatch, names);
        }
    }

    private List<MatchDecision> match(CreditorId scope, List<PaymentToMatch> toMatch, RememberedNames remembered) {
        return matcher.match(toMatch, new CandidateSource() {
            @Override
            public List<MatchCandidate> byReferenceNumbers(Collection<Long> numbers) {
                return timed("byReferenceNumbers", () -> claims.byReferenceNumbers(scope, numbers));
            }

            @Override
            public List<MatchCandidate> byInvoiceKeys(Collection<String> keys) {
                return timed("byInvoiceKeys", () -> claims.byInvoiceKeys(scope, keys));
            }

            @Override
            public List<MatchCandidate> byInvoiceDigits(Collection<String> digits) {
                return timed("byInvoiceDigits", () -> claims.byInvoiceDigits(scope, digits));
            }

            @Override
            public List<MatchCandidate> openByNameKeys(Collection<String> nameKeys) {
                Function<Collection<String>, List<MatchCandidate>> load =
                        keys -> timed("openByNameKeys", () -> claims.openByNameKeys(scope, keys));
                return remembered == null ? load.apply(nameKeys) : remembered.openByNameKeys(nameKeys, load);
            }

            @Override
            public Map<String, Integer> debtorsPerName(Collection<String> nameKeys) {
                Function<Collection<String>, Map<String, Integer>> load =
                        keys -> timed("debtorsPerName", () -> claims.debtorsPerName(scope, keys));
                return remembered == null ? load.apply(nameKeys) : remembered.debtorsPerName(nameKeys, load);
            }

            @Override
            public Map<String, Collection<DebtorId>> debtorsByIban(Collection<String> ibans) {
                return timed("debtorsByIban", () -> allocations.debtorsByIban(scope, ibans));
            }

            @Override
            public List<MatchCandidate> openOfDebtors(Collection<DebtorId> debtors) {
                return timed("openOfDebtors", () -> claims.openOfDebtors(scope, debtors));
            }
        });
    }
}
