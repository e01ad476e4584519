package de.kulant.correspondence;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A collection letter as the collection module asks for it: the agency that writes on the creditor's behalf, the case
 * with its portal access, the claims it is about, and each collection cost line with its basis. Correspondence adds
 * the creditor, the debtor and the claims' amounts on {@code date} when it writes the letter. {@code kind} names the
 * letter ({@code FIRST}: the first demand with everything §13a RDG requires). {@code costsAfterPayBy}, when set, is
 * what the collection costs become when the amount is not paid by {@code payBy} (the 0.9 business fee).
 * {@code language} ("de", "en") overrides the language chosen by the debtor's country; null keeps that choice.
 * {@code plan}, when set, is the instalment plan the letter confirms or reminds of; {@code offer} a settlement offer;
 * {@code creditBureau}, when set, the bureau the creditor reports to, of which the letter tells the debtor beforehand.
 */
public record CaseLetter(java.util.UUID id, CreditorId creditorId, DebtorId debtorId, String kind, LocalDate date,
                         LocalDate payBy, Agency agency, String caseReference, String accessCode, String portalUrl,
                         List<ClaimId> claims, List<CostItem> costs, Money costsAfterPayBy, boolean addressResearched,
                         String language, Plan plan, Offer offer, String creditBureau) {

    /** A settlement offer: {@code amount} instead of {@code openBalance} if paid by {@code validUntil}. */
    public record Offer(Money openBalance, Money amount, LocalDate validUntil, String reference) {
    }

    /**
     * An instalment plan as the letter states it (§13a Abs. 3 RDG: the cost before or with the agreement): the open
     * balance, the agreement fee lines, the total, the rates, whether interest keeps accruing, the direct-debit mandate
     * if the rates are debited, and for a reminder the rate missed.
     */
    public record Plan(Money openBalance, List<CostItem> fee, Money total, List<Rate> rates, boolean interestWaived,
                       Mandate mandate, Rate missed) {
    }

    /** One rate with its own RF reference; {@code paid} once it came in. */
    public record Rate(int number, LocalDate dueOn, Money amount, String reference, boolean paid) {
    }

    /** A SEPA direct-debit mandate: the debtor's IBAN, the mandate reference and the creditor identifier debiting. */
    public record Mandate(String iban, String reference, LocalDate signedOn, String creditorIdentifier) {
    }

    /**
     * The collection agency as it signs, with its register entry and its supervisory authority (§13a Abs. 1 Nr. 8),
     * and its client-money account (§13g RDG) the debtor pays to; without one, the debtor pays the creditor.
     */
    public record Agency(String name, String street, String postalCode, String city, String email, String phone,
                         String register, String supervisoryAuthority, String privacyContact, String iban, String bic) {
    }

    /** Who the debtor pays: the agency's client-money account, or the creditor's own. */
    public record Payee(String name, String iban, String bic) {
    }

    /** One line of collection costs, labelled in German and English, with its legal basis. */
    public record CostItem(ClaimId claimId, String labelDe, String labelEn, Money amount, String basis) {
    }
}
