package de.kulant.claims;

import de.kulant.claims.internal.CandidateStore;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the claims a bank payment may belong to, many payments at a time. {@code scope} is the creditor whose
 * account received the money, or null for the agency's own account, which collects for every creditor.
 */
@Service
@Transactional(readOnly = true)
public class ClaimsForMatching {

    private final CandidateStore store;

    ClaimsForMatching(CandidateStore store) {
        this.store = store;
    }

    /** By the numbers inside RF references ({@code RF18 100234} → 100234). */
    public List<MatchCandidate> byReferenceNumbers(CreditorId scope, Collection<Long> numbers) {
        return store.where(scope, "c.reference_number = any(:values)", numbers.toArray(Long[]::new), false);
    }

    /** By {@link MatchKeys#invoiceKey}. */
    public List<MatchCandidate> byInvoiceKeys(CreditorId scope, Collection<String> keys) {
        return store.where(scope, "c.invoice_key = any(:values)", keys.toArray(String[]::new), false);
    }

    /** By {@link MatchKeys#invoiceDigits}. */
    public List<MatchCandidate> byInvoiceDigits(CreditorId scope, Collection<String> digits) {
        return store.where(scope, "c.invoice_digits = any(:values)", digits.toArray(String[]::new), false);
    }

    /** The open claims of debtors whose {@link MatchKeys#nameKey} is one of these. */
    public List<MatchCandidate> openByNameKeys(CreditorId scope, Collection<String> nameKeys) {
        return store.where(scope, "d.name_key = any(:values)", nameKeys.toArray(String[]::new), true);
    }

    /** How many debtors carry each of these name keys: a name shared by several confirms no one. */
    public Map<String, Integer> debtorsPerName(CreditorId scope, Collection<String> nameKeys) {
        return store.debtorsPerName(scope, nameKeys);
    }

    /** The open claims of these debtors. */
    public List<MatchCandidate> openOfDebtors(CreditorId scope, Collection<DebtorId> debtors) {
        return store.where(scope, "c.debtor_id = any(:values)", debtors.stream().map(DebtorId::value).toArray(UUID[]::new),
                true);
    }

    /** By id, for a person's choice; another creditor's claim is not found. */
    public List<MatchCandidate> byIds(CreditorId scope, Collection<ClaimId> ids) {
        return store.where(scope, "c.id = any(:values)", ids.stream().map(ClaimId::value).toArray(UUID[]::new),
                false);
    }

    /** Open credit balances (overpayments), newest first, for the refund list. */
    public List<CreditBalance> creditBalances(CreditorId scope, int limit) {
        return store.creditBalances(scope, null, limit);
    }

    /** Refunds paid out of money the bank then returned, to be recovered: the "needs attention" list. */
    public List<RefundToRecover> refundsToRecover(CreditorId scope, int limit) {
        return store.toRecover(scope, null, limit);
    }

    /** One page of open credit balances in {@code order} (see {@link #creditBalanceOrder()}). */
    public SortColumns.Keyed<CreditBalance> creditBalancePage(CreditorId scope, ListOrder order, String after,
                                                              int size) {
        return store.creditBalancePage(scope, order, after, size);
    }

    public static SortColumns creditBalanceOrder() {
        return CandidateStore.BALANCE_ORDER;
    }

    public static SortColumns refundToRecoverOrder() {
        return CandidateStore.RECOVER_ORDER;
    }

    public long openCreditBalances(CreditorId scope) {
        return store.countOverpayments("OPEN", scope);
    }

    /** One page of refunds to recover in {@code order} (see {@link #refundToRecoverOrder()}). */
    public SortColumns.Keyed<RefundToRecover> refundToRecoverPage(CreditorId scope, ListOrder order, String after,
                                                                  int size) {
        return store.toRecoverPage(scope, order, after, size);
    }

    public long refundsToRecover(CreditorId scope) {
        return store.countOverpayments("RECOVER", scope);
    }

    /** One open credit balance; another creditor's, or one no longer open, is not found. */
    public Optional<CreditBalance> openCreditBalance(CreditorId scope, UUID id) {
        return store.creditBalances(scope, id, 1).stream().findFirst();
    }

    /** For staff matching by hand: claims whose invoice number, customer number or debtor name contains the text. */
    public List<MatchCandidate> search(CreditorId scope, String text, int limit) {
        return store.search(scope, text, limit);
    }
}
