package de.kulant.portal;

import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What the debtor owes on {@code asOf}, claim by claim, every amount a line with its reason and legal basis. Labels
 * and reasons are message keys with their arguments, so the page says them in the debtor's language.
 */
public record PortalStatement(String reference, String creditorName, LocalDate asOf, List<ClaimLines> claims,
                              Money total, Money paid, boolean closed) {

    /** One claim: where it comes from, its lines, and what is open of it. */
    public record ClaimLines(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, Money invoiceAmount,
                             List<Line> lines, Money paid, Money outstanding, boolean settled) {
    }

    /** One amount: {@code label} and {@code reason} are message keys, {@code basis} the law it rests on. */
    public record Line(String label, List<Object> labelArgs, String reason, List<Object> reasonArgs, Money amount,
                       String basis, List<Detail> details) {
    }

    /** A part of a line, e.g. one cost item: its label in both languages, amount and basis. */
    public record Detail(String labelDe, String labelEn, Money amount, String basis) {
    }
}
