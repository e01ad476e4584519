package de.kulant.claims;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment from a bank statement, to be booked on claims of one creditor.
 *
 * @param claims the claims it pays, in the order the payer named them
 * @param statutoryOrder true when the payer named no claim: it is then spread by §366 Abs. 2 BGB
 * @param others further open claims of the same debtor: what {@code claims} leave over goes to them by
 *               §366 Abs. 2 BGB, and only what is left after them is an overpayment
 * @param note what the bank said about it (payer, remittance), kept on the audit trail
 * @param clientMoney true when the money came to the agency (its account, a card payment), which holds it for the
 *                    creditor until the next settlement pays it out (§13g RDG); false when the creditor has it
 */
public record IncomingPayment(PaymentId paymentId, CreditorId creditor, List<ClaimId> claims, boolean statutoryOrder,
                              List<ClaimId> others, Money amount, LocalDate bookingDate, String reference, String note,
                              boolean clientMoney) {
}
