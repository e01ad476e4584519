package de.kulant.portal;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.collection.CaseId;
import de.kulant.collection.CaseStatus;
import de.kulant.collection.CaseView;
import de.kulant.collection.PortalCases;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.law.DebtorKind;
import de.kulant.law.InterestPeriod;
import de.kulant.law.InterestResult;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Builds the debtor's statement of a case: each claim's amounts explained, as the letters explain them. */
@Service
public class Statements {

    private final PortalCases cases;
    private final ClaimQueries claimQueries;
    private final Creditors creditors;
    private final CurrentLaw law;

    Statements(PortalCases cases, ClaimQueries claimQueries, Creditors creditors, CurrentLaw law) {
        this.claimQueries = claimQueries;
        this.cases = cases;
        this.creditors = creditors;
        this.law = law;
    }

    public PortalStatement of(CaseId id, LocalDate asOf) {
        CaseView c = cases.view(id, asOf);
        String creditorName = creditors.find(c.creditorId()).map(Creditor::name).orElse("");
        Map<ClaimId, Money> flatFees = claimQueries.flatFeesCharged(c.claims().stream().map(ClaimView::id).toList());
        List<PortalStatement.ClaimLines> claims = new ArrayList<>();
        Money total = Money.zeroEur();
        Money paid = Money.zeroEur();
        for (ClaimView claim : c.claims()) {
            Balance b = claim.balance();
            boolean settled = claim.status().isClosed();
            List<PortalStatement.Line> lines = new ArrayList<>();
            lines.add(new PortalStatement.Line("portal.line.principal", List.of(), "portal.why.principal",
                    List.of(creditorName, claim.invoiceNumber(), claim.invoiceDate(), claim.dueDate(), claim.amount()),
                    b.principal(),
                    "§ 433 Abs. 2 BGB", List.of()));
            if (b.interest().isPositive()) {
                lines.add(interestLine(claim, b, asOf));
            }
            // the 40 EUR flat rate a business owes (§288 Abs. 5 BGB) apart from the costs of the reminders
            Money flat = flatFees.getOrDefault(claim.id(), Money.zeroEur()).min(b.fees());
            Money reminders = b.fees().minus(flat);
            if (reminders.isPositive()) {
                lines.add(new PortalStatement.Line("portal.line.fees", List.of(), "portal.why.fees",
                        List.of(creditorName), reminders, "§§ 280 Abs. 2, 286 BGB", List.of()));
            }
            if (flat.isPositive()) {
                lines.add(new PortalStatement.Line("portal.line.flatFee", List.of(), "portal.why.flatFee", List.of(),
                        flat, "§ 288 Abs. 5 BGB", List.of()));
            }
            if (b.costs().isPositive()) {
                List<PortalStatement.Detail> items = c.costs().stream().filter(l -> l.claimId().equals(claim.id()))
                        .filter(l -> !l.amount().isZero())
                        .map(l -> new PortalStatement.Detail(l.labelDe(), l.labelEn(), l.amount(), l.basis())).toList();
                lines.add(new PortalStatement.Line("portal.line.costs", List.of(), "portal.why.costs", List.of(),
                        b.costs(), "§ 13e RDG, §§ 280, 286 BGB", items));
            }
            claims.add(new PortalStatement.ClaimLines(claim.invoiceNumber(), claim.invoiceDate(), claim.dueDate(),
                    claim.amount(), List.copyOf(lines), b.paid(), b.outstanding(), settled));
            paid = paid.plus(b.paid());
            if (!settled) {
                total = total.plus(b.outstanding());
            }
        }
        return new PortalStatement(c.reference().value(), creditorName, asOf, List.copyOf(claims), total, paid,
                c.status() == CaseStatus.CLOSED);
    }

    /** The statutory basis of the interest: §288 BGB, principal, period and rate(s), as on the letters. */
    private PortalStatement.Line interestLine(ClaimView claim, Balance b, LocalDate asOf) {
        boolean business = claim.debtor().kind() == DebtorKind.BUSINESS;
        String basis = business ? "§§ 286, 288 Abs. 2 BGB" : "§§ 286, 288 Abs. 1 BGB";
        // the amounts stand as of the day: interest runs through the day before, as a payment that day is booked
        LocalDate through = asOf.minusDays(1);
        if (claim.defaultSince() == null || !b.principal().isPositive() || claim.defaultSince().isAfter(through)) {
            return new PortalStatement.Line("portal.line.interest", List.of(), "portal.why.interestEarlier", List.of(),
                    b.interest(), basis, List.of());
        }
        InterestResult result = law.interest().calculate(b.principal(), claim.debtor().kind(), claim.defaultSince(),
                through);
        List<BigDecimal> rates = result.periods().stream().map(InterestPeriod::ratePercent).distinct().toList();
        return new PortalStatement.Line("portal.line.interest", List.of(), "portal.why.interest",
                List.of(business ? 9 : 5, b.principal(), claim.defaultSince(), through, rates), b.interest(), basis,
                List.of());
    }
}
