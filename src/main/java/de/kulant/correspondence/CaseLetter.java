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
 */
public record CaseLetter(java.util.UUID id, CreditorId creditorId, DebtorId debtorId, String kind, LocalDate date,
                         LocalDate payBy, Agency agency, String caseReference, String accessCode, String portalUrl,
                         List<ClaimId> claims, List<CostItem> costs, Money costsAfterPayBy, boolean addressResearched,
                         String language) {

    /** The collection agency as it signs, with its register entry and its supervisory authority (§13a Abs. 1 Nr. 8). */
    public record Agency(String name, String street, String postalCode, String city, String email, String phone,
                         String register, String supervisoryAuthority, String privacyContact) {
    }

    /** One line of collection costs, labelled in German and English, with its legal basis. */
    public record CostItem(ClaimId claimId, String labelDe, String labelEn, Money amount, String basis) {
    }
}
