package de.kulant.collection;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimView;
import de.kulant.claims.DebtorView;
import de.kulant.platform.CreditorId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as staff and the creditor see it: its claims as of {@code balance.asOf}, their sum, and the cost lines
 * charged with their basis. {@code costFactor} is the Nr. 2300 VV RVG factor the costs were computed with.
 */
public record CaseView(CaseId id, CaseReference reference, CreditorId creditorId, DebtorView debtor, CaseStatus status,
                       String closeReason, String closeText, LocalDate closedOn, String assignee, List<ClaimView> claims,
                       Balance balance, LocalDate openedOn, LocalDate mandateDate, BigDecimal costFactor,
                       List<CostLineView> costs, List<String> flags, NextAction nextAction) {

    /** What is still owed on the case: the outstanding amounts of its claims that are not closed. */
    public de.kulant.platform.money.Money openAmount() {
        return claims.stream().filter(c -> !c.status().isClosed()).map(c -> c.balance().outstanding())
                .reduce(de.kulant.platform.money.Money.zeroEur(), de.kulant.platform.money.Money::plus);
    }

    /** The next thing that happens by itself: a promise's day, the costs rising after the first demand, evidence awaited. */
    public record NextAction(String kind, LocalDate due) {
    }

    /** One charged cost line on one claim. */
    public record CostLineView(de.kulant.claims.ClaimId claimId, String code, String labelDe, String labelEn,
                               de.kulant.platform.money.Money amount, String basis, LocalDate chargedOn) {
    }
}
