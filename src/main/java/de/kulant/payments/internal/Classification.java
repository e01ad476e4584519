package de.kulant.payments.internal;

import de.kulant.payments.PaymentKind;
import de.kulant.payments.PaymentStatus;
import de.kulant.payments.Reason;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Import step "classify": each new entry becomes a stored entry and one payment per transaction. Credits in euro go on
 * to matching; returns and reversals of our debits go on to be reversed; everything else is recorded as ignored, with
 * its reason.
 */
final class Classification {

    /** A chunk's entries as stored, its credits to match and its other payments (returns among them). */
    record Classified(List<EntryStore.EntryRow> entries, List<PaymentStore.PaymentRow> credits,
                      List<PaymentStore.PaymentRow> debits, int returns) {
    }

    private Classification() {
    }

    static Classified classify(UUID statementId, CreditorId owner, String iban, List<Deduplication.Keyed> fresh) {
        List<EntryStore.EntryRow> entries = new ArrayList<>();
        List<PaymentStore.PaymentRow> credits = new ArrayList<>();
        List<PaymentStore.PaymentRow> debits = new ArrayList<>();
        int returns = 0;
        for (Deduplication.Keyed keyed : fresh) {
            BankEntry e = keyed.entry();
            UUID entryId = Ids.next();
            entries.add(new EntryStore.EntryRow(entryId, statementId, owner, iban, keyed.contentKey(),
                    PaymentStore.cut(e.entryReference(), 140), e.credit(), e.reversal(), e.returned(), e.amount(),
                    PaymentStore.cut(e.currency(), 3), e.bookingDate(), e.valueDate(), PaymentStore.cut(e.bankCode(), 40)));
            for (BankTransaction t : transactionsOf(e)) {
                Draft draft = draft(e);
                if (draft.kind() == PaymentKind.RETURN) {
                    returns++;
                }
                (draft.kind() == PaymentKind.CREDIT && draft.status() == null ? credits : debits)
                        .add(draft.toRow(entryId, statementId, owner, iban, e, t));
            }
        }
        return new Classified(entries, credits, debits, returns);
    }

    /** A batch entry whose transactions carry no amounts of their own is one payment. */
    private static List<BankTransaction> transactionsOf(BankEntry e) {
        if (e.transactions().size() > 1 && e.transactions().stream().anyMatch(t -> t.amount() == null)) {
            BankTransaction first = e.transactions().get(0);
            String text = String.join(" ", e.transactions().stream().map(BankTransaction::remittance)
                    .filter(r -> r != null).toList());
            return List.of(new BankTransaction(e.amount(), null, null, first.bankReference(), null,
                    first.counterpartyName(), first.counterpartyIban(), text.isEmpty() ? null : text, null, null));
        }
        return e.transactions();
    }

    private static Draft draft(BankEntry e) {
        if (!"EUR".equals(e.currency())) {
            return new Draft(e.credit() ? PaymentKind.CREDIT : PaymentKind.DEBIT, PaymentStatus.IGNORED,
                    Reason.of("currency", e.currency()));
        }
        if (e.credit() && !e.returned() && !e.reversal()) {
            return new Draft(PaymentKind.CREDIT, null, null);
        }
        if (e.credit()) {
            return new Draft(PaymentKind.CREDIT, PaymentStatus.IGNORED, Reason.of("ownMoneyBack"));
        }
        if (e.returned() || e.reversal()) {
            return new Draft(PaymentKind.RETURN, null, null);
        }
        return new Draft(PaymentKind.DEBIT, PaymentStatus.IGNORED, Reason.of("moneyOut"));
    }

    /** A payment before it is decided: status null means matching or reversing decides it. */
    private record Draft(PaymentKind kind, PaymentStatus status, Reason reason) {

        PaymentStore.PaymentRow toRow(UUID entryId, UUID statementId, CreditorId owner, String iban, BankEntry e,
                                      BankTransaction t) {
            return new PaymentStore.PaymentRow(Ids.next(), entryId, statementId, owner, iban, kind,
                    t.amount() == null ? e.amount() : t.amount(), e.bookingDate(), t.endToEndId(), t.bankReference(),
                    t.mandateId(), t.counterpartyName(), t.counterpartyIban(), t.remittance(), t.creditorReference(),
                    t.returnReason(), status, null, reason == null ? null : reason.encode(), null);
        }
    }
}
