package de.kulant.payments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@link CamtReader} collects while it reads a statement, an entry and its transaction details, and how each
 * becomes a {@link BankEntry} or {@link StatementTotals} once its element ends.
 */
final class CamtParts {

    /** Bank transaction sub-families that return or reverse an earlier payment (ISO external code list). */
    private static final Set<String> RETURN_SUBFAMILIES = Set.of("RRTN", "UPDD", "ARET", "RPCR", "CAJT", "PRDD", "CHRB");
    /** German transaction codes (GVC) of returned direct debits and returned transfers. */
    private static final Set<String> RETURN_GVC = Set.of("108", "109", "159", "160");

    private CamtParts() {
    }

    static boolean returnCode(String subFamily, String proprietary) {
        if (subFamily != null && RETURN_SUBFAMILIES.contains(subFamily)) {
            return true;
        }
        // German proprietary codes read like "NDDT+109"; the three digits after '+' are the GVC
        return proprietary != null && proprietary.length() >= 8 && proprietary.charAt(4) == '+'
                && RETURN_GVC.contains(proprietary.substring(5, 8));
    }

    static final class Statement {
        String id;
        String iban;
        Integer declaredEntries;
        BigDecimal declaredNetAmount;
        boolean declaredNetDebit;
        BigDecimal declaredCredits;
        BigDecimal declaredDebits;
        BigDecimal opening;
        BigDecimal closing;
        LocalDate created;
        int counted;
        BigDecimal countedNet = BigDecimal.ZERO.setScale(2);

        void count(Entry entry) {
            counted++;
            boolean credit = "CRDT".equals(entry.indicator);
            countedNet = countedNet.add(credit ? entry.amount : entry.amount.negate());
        }

        StatementTotals totals() {
            BigDecimal net = declaredNetAmount == null ? null
                    : declaredNetDebit ? declaredNetAmount.negate() : declaredNetAmount;
            if (net == null && declaredCredits != null && declaredDebits != null) {
                net = declaredCredits.subtract(declaredDebits);
            }
            return new StatementTotals(id, iban, declaredEntries, net, opening, closing, counted, countedNet);
        }
    }

    static final class Entry {
        final String position;
        String currency;
        BigDecimal amount;
        String indicator;
        boolean reversal;
        String status;
        LocalDate bookingDate;
        LocalDate valueDate;
        String bankReference;
        String entryReference;
        String additionalInfo;
        String subFamily;
        String proprietaryCode;
        final List<Tx> transactions = new ArrayList<>();

        Entry(String position) {
            this.position = position;
        }

        BankEntry toEntry(Statement statement) {
            if (amount == null) {
                throw new StatementFormatException(position, "the entry has no amount (<Amt>)");
            }
            if (!"CRDT".equals(indicator) && !"DBIT".equals(indicator)) {
                throw new StatementFormatException(position, "the entry's <CdtDbtInd> is '" + indicator
                        + "', not CRDT or DBIT");
            }
            // notifications (camt.054) may leave the dates out; the message's own date stands in for them
            LocalDate booking = bookingDate != null ? bookingDate : valueDate != null ? valueDate : statement.created;
            if (booking == null) {
                throw new StatementFormatException(position, "the entry has neither a booking nor a value date");
            }
            boolean credit = "CRDT".equals(indicator);
            boolean returned = returnCode(subFamily, proprietaryCode);
            List<BankTransaction> details = new ArrayList<>();
            for (Tx t : transactions) {
                returned |= t.returned || returnCode(t.subFamily, t.proprietaryCode);
                details.add(t.toTransaction(transactions.size() == 1 ? amount : null, credit));
            }
            if (details.isEmpty()) {
                details.add(new BankTransaction(amount, null, null, null, null, null, null,
                        CamtReader.blankToNull(additionalInfo), null, null));
            }
            String reference = bankReference != null && !bankReference.equals("NONREF") ? bankReference : entryReference;
            String state = status == null ? "BOOK" : status;
            return new BankEntry(position, statement.id, statement.iban, currency == null ? "EUR" : currency, amount,
                    credit, reversal, returned, state.equals("BOOK"), booking, valueDate == null ? booking : valueDate,
                    CamtReader.blankToNull(reference), subFamily != null ? subFamily : proprietaryCode, List.copyOf(details));
        }
    }

    static final class Tx {
        BigDecimal amount;
        BigDecimal bookedAmount;
        BigDecimal instructedAmount;
        String endToEndId;
        String transactionId;
        String bankReference;
        String mandateId;
        String debtorName;
        String debtorIban;
        String creditorName;
        String creditorIban;
        final List<String> remittance = new ArrayList<>();
        String creditorReference;
        String returnReason;
        String subFamily;
        String proprietaryCode;
        String additionalInfo;
        boolean returned;

        BankTransaction toTransaction(BigDecimal entryAmount, boolean credit) {
            BigDecimal own = amount != null ? amount : bookedAmount != null ? bookedAmount : entryAmount != null
                    ? entryAmount : instructedAmount;
            if (returned && instructedAmount != null) {
                // a return's booked amount may include the bank's fee; what it takes back is the original amount
                own = instructedAmount;
            }
            // the counterparty is the payer of a credit; on a returned debit it is still the original payer
            boolean payer = credit || returned || creditorName == null;
            String text = remittance.isEmpty() ? additionalInfo : String.join(" ", remittance);
            return new BankTransaction(own, CamtReader.blankToNull(endToEndId), CamtReader.blankToNull(transactionId),
                    CamtReader.blankToNull(bankReference), CamtReader.blankToNull(mandateId), payer ? debtorName : creditorName,
                    payer ? debtorIban : creditorIban, CamtReader.blankToNull(text), CamtReader.blankToNull(creditorReference), returnReason);
        }
    }
}
