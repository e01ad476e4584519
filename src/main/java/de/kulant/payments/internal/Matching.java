package de.kulant.payments.internal;

import de.kulant.claims.ClaimsForMatching;
import de.kulant.claims.DebtorId;
import de.kulant.claims.MatchCandidate;
import de.kulant.platform.CreditorId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Matching against the database: the matcher with lookups scoped to one creditor or, for the agency's account, all. */
@Component
public class Matching {

    private final ClaimsForMatching claims;
    private final PaymentStore payments;
    private final PaymentMatcher matcher = new PaymentMatcher();

    Matching(ClaimsForMatching claims, PaymentStore payments) {
        this.claims = claims;
        this.payments = payments;
    }

    public List<MatchDecision> match(CreditorId scope, List<PaymentToMatch> toMatch) {
        return matcher.match(toMatch, new CandidateSource() {
            @Override
            public List<MatchCandidate> byReferenceNumbers(Collection<Long> numbers) {
                return claims.byReferenceNumbers(scope, numbers);
            }

            @Override
            public List<MatchCandidate> byInvoiceKeys(Collection<String> keys) {
                return claims.byInvoiceKeys(scope, keys);
            }

            @Override
            public List<MatchCandidate> byInvoiceDigits(Collection<String> digits) {
                return claims.byInvoiceDigits(scope, digits);
            }

            @Override
            public List<MatchCandidate> openByNameKeys(Collection<String> nameKeys) {
                return claims.openByNameKeys(scope, nameKeys);
            }

            @Override
            public Map<String, Integer> debtorsPerName(Collection<String> nameKeys) {
                return claims.debtorsPerName(scope, nameKeys);
            }

            @Override
            public Map<String, Collection<DebtorId>> debtorsByIban(Collection<String> ibans) {
                return payments.debtorsByIban(scope, ibans);
            }

            @Override
            public List<MatchCandidate> openOfDebtors(Collection<DebtorId> debtors) {
                return claims.openOfDebtors(scope, debtors);
            }
        });
    }
}
