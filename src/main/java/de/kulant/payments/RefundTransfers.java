package de.kulant.payments;

import de.kulant.claims.PaymentReversals;
import de.kulant.claims.ClaimsForMatching;
import de.kulant.claims.CreditBalance;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.platform.CreditTransferFile;
import de.kulant.payments.internal.PaymentStore;
import de.kulant.payments.internal.RefundBatchStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PageRequest;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iban4j.IbanUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays refunds back: payments that were not ours and debtors' credit balances, per account they came in on, as
 * a SEPA credit transfer file (pain.001) to hand to the bank. Whatever is in a file leaves the refund list.
 * {@code scope} is the creditor a request acts for, or null for staff.
 */
@Service
public class RefundTransfers {

    private static final DateTimeFormatter MESSAGE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final int MOST = 5_000;

    private final PaymentStore store;
    private final RefundBatchStore batches;
    private final ClaimsForMatching claims;
    private final PaymentReversals reversals;
    private final Creditors creditors;
    private final AuditTrail audit;
    private final PaymentsProperties properties;
    private final Clock clock;

    RefundTransfers(PaymentStore store, RefundBatchStore batches, ClaimsForMatching claims, PaymentReversals reversals, Creditors creditors,
                    AuditTrail audit, PaymentsProperties properties, Clock clock) {
        this.store = store;
        this.batches = batches;
        this.claims = claims;
        this.reversals = reversals;
        this.creditors = creditors;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** One refund: back to whom, how much, and why. {@code iban} null when the payer's account is unknown. */
    public record Refund(UUID paymentId, UUID creditBalanceId, CreditorId creditorId, String name, String iban,
                         Money amount, LocalDate receivedOn, String why) {
    }

    /** The refunds due from one account: those that can be transferred, and those without a valid payer IBAN. */
    public record Due(String accountIban, List<Refund> payable, List<Refund> withoutIban) {
        public Money total() {
            return payable.stream().map(Refund::amount).reduce(Money::plus).orElse(Money.zeroEur());
        }
    }

    @Transactional(readOnly = true)
    public List<Due> due(CreditorId scope) {
        return open(scope).due();
    }

    /** What is due, and the credit balances in it by id. */
    private record Open(List<Due> due, Map<UUID, CreditBalance> balances) {
    }

    private Open open(CreditorId scope) {
        Map<String, List<Refund>> byAccount = new LinkedHashMap<>();
        List<PaymentView> notOurs = store.list(scope, List.of(PaymentStatus.NOT_OURS), null,
                PaymentStore.LIST_ORDER.defaultOrder(), null, null, 0, PageRequest.MAX_SIZE);
        for (PaymentView p : notOurs) {
            byAccount.computeIfAbsent(p.accountIban(), k -> new ArrayList<>()).add(new Refund(p.id(), null, p.creditorId(),
                    p.payerName(), p.payerIban(), p.amount(), p.bookingDate(),
                    "Erstattung Ihrer Zahlung vom " + GERMAN_DATE.format(p.bookingDate())));
        }
        List<CreditBalance> balances = claims.creditBalances(scope, MOST);
        Map<UUID, PaymentStore.Origin> origins = store.origins(balances.stream().map(CreditBalance::paymentId)
                .filter(id -> id != null).toList());
        Map<CreditorId, String> creditorAccounts = new HashMap<>();
        for (CreditBalance b : balances) {
            PaymentStore.Origin origin = b.paymentId() == null ? null : origins.get(b.paymentId());
            // a balance from a payment recorded through the API is paid back from the creditor's own account
            String account = origin != null ? origin.accountIban()
                    : creditorAccounts.computeIfAbsent(b.creditorId(), this::creditorAccount);
            byAccount.computeIfAbsent(account, k -> new ArrayList<>()).add(new Refund(null, b.id(), b.creditorId(),
                    origin == null || origin.payerName() == null ? b.debtorName() : origin.payerName(),
                    origin == null ? null : origin.payerIban(), b.amount(), b.bookingDate(),
                    "Erstattung Ihrer Überzahlung zu " + b.invoiceNumber()));
        }
        // a creditor pays back only from its own account; what came in on the agency's account, the agency pays
        String own = scope == null ? null : creditorAccount(scope);
        List<Due> result = new ArrayList<>();
        byAccount.forEach((account, refunds) -> {
            if (own == null || own.equals(account)) {
                result.add(new Due(account, refunds.stream().filter(RefundTransfers::payable).toList(),
                        refunds.stream().filter(r -> !payable(r)).toList()));
            }
        });
        Map<UUID, CreditBalance> byId = new LinkedHashMap<>();
        balances.forEach(b -> byId.put(b.id(), b));
        return new Open(result, byId);
    }

    /**
     * Puts every payable refund of the account into one credit transfer file and takes them off the refund list,
     * all or nothing.
     */
    @Transactional
    public RefundTransfer create(CreditorId scope, String accountIban, Actor actor) {
        String account = accountIban == null ? "" : accountIban.replace(" ", "").toUpperCase(Locale.ROOT);
        Open open = open(scope);
        Due due = open.due().stream().filter(d -> d.accountIban().equals(account)).findFirst()
                .orElseThrow(() -> new InvalidInputException("accountIban", "there is nothing to refund from account "
                        + account));
        if (due.payable().isEmpty()) {
            throw new InvalidInputException("accountIban", "no refund from account " + account
                    + " has a valid IBAN of the payer; they must be paid back by hand");
        }
        Optional<Creditor> owner = creditors.byIban(account);
        if (scope != null && owner.map(c -> !c.id().equals(scope)).orElse(true)) {
            throw new NotFoundException("account");
        }
        UUID id = Ids.next();
        Instant now = clock.instant();
        OffsetDateTime created = now.atOffset(ZoneOffset.UTC).withNano(0);
        String messageId = "KULANT-" + MESSAGE_TIME.format(created) + "-" + id.toString().substring(24);
        LocalDate executionDate = BusinessDates.today(clock);
        List<RefundBatchStore.RefundItemRow> items = new ArrayList<>();
        List<CreditTransferFile.Transfer> transfers = new ArrayList<>();
        for (Refund r : due.payable()) {
            UUID itemId = Ids.next();
            String endToEnd = "ERST" + itemId.toString().replace("-", "").substring(0, 31).toUpperCase(Locale.ROOT);
            String name = r.name() == null || r.name().isBlank() ? "Kontoinhaber" : r.name();
            items.add(new RefundBatchStore.RefundItemRow(itemId, r.paymentId(), r.creditBalanceId(), name, r.iban(),
                    r.amount().amount(), endToEnd, r.why()));
            transfers.add(new CreditTransferFile.Transfer(endToEnd, name, r.iban(), r.amount().amount(), r.why()));
        }
        String holder = owner.map(Creditor::name).orElse(properties.accountHolder());
        String document = CreditTransferFile.write(new CreditTransferFile.Order(messageId, created, holder, account,
                owner.map(Creditor::bic).orElse(null), executionDate), transfers);
        BigDecimal total = due.total().amount();
        CreditorId creditor = owner.map(Creditor::id).orElse(null);

        List<UUID> payments = due.payable().stream().map(Refund::paymentId).filter(p -> p != null).toList();
        if (store.markRefunded(payments, actor.label(), clock.instant()) != payments.size()) {
            throw ConflictException.coded("refundDecided", "A refund was decided meanwhile; nothing was changed. Please try again.");
        }
        List<CreditBalance> balances = due.payable().stream().map(Refund::creditBalanceId).filter(b -> b != null)
                .map(open.balances()::get).toList();
        reversals.refundCreditBalances(balances, messageId, actor);
        batches.insert(new RefundBatchStore.Batch(id, creditor, account, messageId, executionDate, document), items,
                total, now, actor.label());
        audit.recordAll(payments.stream().map(p -> new AuditEntry(creditor, "payment", p.toString(), "payment.refunded",
                actor, Map.of("status", PaymentStatus.NOT_OURS.name()),
                Map.of("status", PaymentStatus.REFUNDED.name(), "transfer", messageId))).toList());
        audit.record(new AuditEntry(creditor, "refundTransfer", id.toString(), "refundTransfer.created", actor, Map.of(),
                Map.of("account", account, "items", items.size(), "total", total.toPlainString())));
        return new RefundTransfer(id, creditor, account, messageId, items.size(), Money.eur(total), executionDate, now,
                actor.label());
    }

    /**
     * A refund paid back outside a transfer file (a payer without a valid IBAN, a refund made in cash): it leaves
     * the refund list with a note. Exactly one of {@code paymentId} and {@code creditBalanceId}.
     */
    @Transactional
    public void paidByHand(CreditorId scope, UUID paymentId, UUID creditBalanceId, String note, Actor actor) {
        InputCheck check = new InputCheck();
        String why = check.required("note", note, 400);
        if ((paymentId == null) == (creditBalanceId == null)) {
            check.violation("paymentId", "name either the payment or the credit balance that was paid back");
        }
        check.throwIfInvalid();
        if (paymentId != null) {
            PaymentView p = store.find(scope, paymentId).orElseThrow(() -> new NotFoundException("payment"));
            if (!store.decide(paymentId, PaymentStatus.NOT_OURS, PaymentStatus.REFUNDED, null,
                    Reason.of("refundedByHand", why).encode(), actor.label(), clock.instant())) {
                throw ConflictException.coded("notOnRefundList", "The payment is not on the refund list (any more).");
            }
            audit.record(new AuditEntry(p.creditorId(), "payment", paymentId.toString(), "payment.refunded", actor,
                    Map.of("status", p.status().name()), Map.of("status", PaymentStatus.REFUNDED.name(), "note", why)));
            return;
        }
        CreditBalance balance = claims.openCreditBalance(scope, creditBalanceId)
                .orElseThrow(() -> new NotFoundException("credit balance"));
        reversals.refundCreditBalances(List.of(balance), "by hand: " + why, actor);
    }

    /** One page of the transfers made in {@code order} (see {@link #listOrder()}), after the position {@code after}. */
    @Transactional(readOnly = true)
    public SortColumns.Keyed<RefundTransfer> transferPage(CreditorId scope, ListOrder order, String after, int size) {
        return batches.page(scope, order, after, size);
    }

    public static SortColumns listOrder() {
        return RefundBatchStore.LIST_ORDER;
    }


    /** A transfer and its pain.001 file as it was made. */
    public record TransferFile(RefundTransfer transfer, String document) {
    }

    @Transactional(readOnly = true)
    public TransferFile file(CreditorId scope, UUID id) {
        return batches.document(scope, id).map(e -> new TransferFile(e.getKey(), e.getValue()))
                .orElseThrow(() -> new NotFoundException("refund transfer"));
    }

    @Transactional(readOnly = true)
    public RefundTransfer transfer(CreditorId scope, UUID id) {
        return batches.document(scope, id).map(Map.Entry::getKey).orElseThrow(() -> new NotFoundException("refund transfer"));
    }

    /** A refund goes into a transfer file only with a valid IBAN of the payer; the bank would refuse the file. */
    private static boolean payable(Refund refund) {
        return refund.iban() != null && IbanUtil.isValid(refund.iban());
    }

    private String creditorAccount(CreditorId creditor) {
        return creditors.find(creditor).map(Creditor::iban).map(i -> i.replace(" ", "").toUpperCase(Locale.ROOT))
                .orElse("-");
    }
}
