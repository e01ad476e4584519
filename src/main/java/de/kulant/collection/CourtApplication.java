package de.kulant.collection;

import de.kulant.claims.ClaimView;
import de.kulant.creditors.Creditor;
import de.kulant.law.CourtFees;
import de.kulant.law.DefaultInterest;
import de.kulant.law.DunningCourt;
import de.kulant.platform.PostalAddress;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of one application for a payment order (Mahnantrag, §690 ZPO) as the central dunning court takes it in:
 * applicant and its representative, respondent, each main claim with its basis and date, interest both as the sum run
 * up to the day before filing and as running interest with rate and start, the ancillary claims itemised (collection
 * costs, dunning fees) and the court fee of the GKG table in force on the filing day. Amounts are euro strings.
 */
public record CourtApplication(String format, Court court, LocalDate fileOn, Party applicant, Party representative,
                               Party respondent, List<MainClaim> mainClaims, List<Interest> interest,
                               Ancillary ancillary, CourtFee courtFee, Totals totals) {

    public static final String FORMAT = "kulant-payment-order-application/1";

    public record Court(String code, String name) {
    }

    /** {@code kind} APPLICANT, REPRESENTATIVE (§79 Abs. 2 Satz 2 Nr. 4 ZPO), CONSUMER or BUSINESS. */
    public record Party(String kind, String name, String street, String postalCode, String city, String country,
                        String note) {
    }

    public record MainClaim(String claimId, String basis, String invoiceNumber, LocalDate invoiceDate,
                            LocalDate dueDate, String principal) {
    }

    /** Interest of one main claim: run up ({@code accrued} from {@code since} through the day before filing), running. */
    public record Interest(String invoiceNumber, LocalDate since, LocalDate accruedThrough, String accrued,
                           String runningOn, String pointsAboveBaseRate, LocalDate runningFrom, String basis) {
    }

    public record Ancillary(String collectionCosts, String collectionCostsBasis, String dunningFees,
                            String dunningFeesBasis) {
    }

    public record CourtFee(String value, String oneFee, String fee, String table, boolean minimumApplied,
                           String basis) {
    }

    public record Totals(String principal, String interest, String ancillary, String courtFee, String total) {

        /** The same claims with the court fee of another filing day. */
        Totals withCourtFee(Money fee) {
            Money without = Money.eur(total).minus(Money.eur(courtFee));
            return new Totals(principal, interest, ancillary, fee.toPlainString(), without.plus(fee).toPlainString());
        }
    }

    /** The application against the case's debtor for these claims, filed on {@code fileOn}. */
    static CourtApplication of(DunningCourt court, LocalDate fileOn, Creditor creditor,
                               CollectionProperties.Agency agency, List<ClaimView> claims) {
        ClaimView first = claims.get(0);
        PostalAddress a = creditor.address();
        Party applicant = new Party("APPLICANT", creditor.name(), a.street(), a.postalCode(), a.city(), a.country(),
                null);
        Party representative = new Party("REPRESENTATIVE", agency.name(), agency.street(), agency.postalCode(),
                agency.city(), "DE", agency.register());
        PostalAddress d = first.debtor().address();
        Party respondent = new Party(first.debtor().kind().name(), first.debtor().name(), d.street(), d.postalCode(),
                d.city(), d.country(), null);
        Money principal = Money.zeroEur();
        Money interest = Money.zeroEur();
        Money costs = Money.zeroEur();
        Money fees = Money.zeroEur();
        List<MainClaim> main = new ArrayList<>();
        List<Interest> running = new ArrayList<>();
        for (ClaimView c : claims) {
            main.add(new MainClaim(c.id().toString(), "Warenlieferung / Kaufvertrag (§433 Abs. 2 BGB) laut Rechnung "
                    + c.invoiceNumber() + " vom " + c.invoiceDate(), c.invoiceNumber(), c.invoiceDate(), c.dueDate(),
                    c.balance().principal().toPlainString()));
            if (c.defaultSince() != null) {
                running.add(new Interest(c.invoiceNumber(), c.defaultSince(), fileOn.minusDays(1),
                        c.balance().interest().toPlainString(), c.balance().principal().toPlainString(),
                        DefaultInterest.marginPoints(c.debtor().kind(), c.dueDate()).toPlainString(), fileOn,
                        "§§286, 288 BGB: Verzugszinsen über dem jeweiligen Basiszinssatz (§247 BGB), nur auf die "
                                + "Hauptforderung (§289 BGB)"));
            }
            principal = principal.plus(c.balance().principal());
            interest = interest.plus(c.balance().interest());
            costs = costs.plus(c.balance().costs());
            fees = fees.plus(c.balance().fees());
        }
        CourtFees.Fee fee = CourtFees.paymentOrder(principal, fileOn);
        Money ancillary = costs.plus(fees);
        Money total = principal.plus(interest).plus(ancillary).plus(fee.fee());
        return new CourtApplication(FORMAT, new Court(court.name(), court.title()), fileOn, applicant, representative,
                respondent, List.copyOf(main), List.copyOf(running),
                new Ancillary(costs.toPlainString(), "Inkassokosten (§13e RDG, Nr. 2300 VV RVG, Nr. 7002 VV RVG)",
                        fees.toPlainString(), "Mahnkosten des Gläubigers (§§280 Abs. 2, 286 BGB)"),
                new CourtFee(fee.value().toPlainString(), fee.oneFee().toPlainString(), fee.fee().toPlainString(),
                        fee.table(), fee.minimumApplied(), "Nr. 1100 KV GKG: 0,5 Gebühr nach §34 GKG aus der "
                        + "Hauptforderung (§43 Abs. 1 GKG)"),
                new Totals(principal.toPlainString(), interest.toPlainString(), ancillary.toPlainString(),
                        fee.fee().toPlainString(), total.toPlainString()));
    }
}
