package de.kulant.claims;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;

/** Payments the bank returned, announced together: each claim they had paid, what it lost and where it stands now. */
public record PaymentsReturned(List<Returned> returns) {

    /** {@code amount} a returned payment had paid on one claim, taken back on {@code date} for {@code reason}. */
    public record Returned(ClaimId claimId, CreditorId creditorId, LocalDate date, Money amount, String reason,
                           ClaimStatus statusAfter) {
    }

    public PaymentsReturned {
        returns = List.copyOf(returns);
    }
}
