package de.kulant.payments.internal;

import de.kulant.claims.BookedPayment;
import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.RefundToRecover;
import de.kulant.claims.ClaimShare;
import de.kulant.claims.IncomingPayment;
import de.kulant.claims.MatchCandidate;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.law.Allocation;
import de.kulant.payments.BankFormat;
import de.kulant.payments.PaymentKind;
import de.kulant.payments.PaymentStatus;
import de.kulant.payments.PaymentsProperties;
import de.kulant.payments.Reason;
import de.kulant.payments.StatementImport;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One statement file in one transaction: entries are read as a stream and handled in chunks (deduplicated
 * against what the account already has, credits matched and booked, returns reversed), so memory stays flat
 * however large the file is, and an error anywhere rolls all of it back.
 */
@Component
public class StatementImporter {

    static final String UNNAMED_ACCOUNT = "UNNAMED";

    private final PaymentStore store;
    private final Matching matching;
    private final ClaimAccounting accounting;
    private final Returns returnBooking;
    private final Creditors creditors;
    private final AuditTrail audit;
    private final PaymentsProperties properties;
    private final TransactionTemplate transaction;
    private final TransactionTemplate newAccount;
    private final Clock clock;
    private final MeterRegistry meters;

    StatementImporter(PaymentStore store, Matching matching, ClaimAccounting accounting, Returns returnBooking,
                      Creditors creditors, AuditTrail audit, PaymentsProperties properties,
                      TransactionTemplate transaction, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.matching = matching;
        this.accounting = accounting;
        this.returnBooking = returnBooking;
        this.creditors = creditors;
        this.audit = audit;
        this.properties = properties;
        this.transaction = transaction;
        this.newAccount = new TransactionTemplate(transaction.getTransactionManager());
        this.newAccount.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * @param tenant the creditor importing its own account's statement, or null for staff, who may import any
     *               account; the agency's own account (no creditor's IBAN) is matched across all creditors
     */
    public StatementImport importStatement(CreditorId tenant, InputStream file, String fileName, Actor actor) {
        try {
            ExecutorService matcherThread = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "statement-matching");
                thread.setDaemon(true);
                return thread;
            });
            try {
                return transaction.execute(status -> new Run(tenant, fileName, actor, matcherThread).execute(file));
            } finally {
                matcherThread.shutdownNow();
            }
        } catch (StatementFormatException e) {
            FieldViolation violation = FieldViolation.of("file", e.getMessage());
            throw new InvalidInputException(List.of(e.line() == null ? violation : violation.atLine(e.line())));
        }
    }

    /** Time spent per phase of imports, as metric {@code kulant.payments.import} with tag {@code phase}. */
    private <T> T timed(String phase, Supplier<T> work) {
        return meters.timer("kulant.payments.import", "phase", phase).record(work);
    }

    private void timed(String phase, Runnable work) {
        meters.timer("kulant.payments.import", "phase", phase).record(work);
    }

    /** One import: its counters and the state that spans chunks. */
    private final class Run implements StatementSink {

        private final CreditorId tenant;
        private final String fileName;
        private final Actor actor;
        private final UUID id = Ids.next();
        private final Instant now = clock.instant();
        private final List<BankEntry> chunk = new ArrayList<>();
        private final Map<String, Integer> occurrences = new HashMap<>();
        private final Map<String, Optional<CreditorId>> owners = new HashMap<>();
        private final Set<String> accounts = new LinkedHashSet<>();
        /** Per account locked by this import: the latest booking date stored before it, and the latest it stores. */
        private final Map<String, LocalDate> latestBooking = new HashMap<>();
        private final Map<String, LocalDate> storedUntil = new HashMap<>();
        private final List<Reason> warnings = new ArrayList<>();
        private int entries;
        private int credits;
        private int matched;
        private int unmatched;
        private int duplicates;
        private int returns;
        private int pending;
        private BigDecimal matchedAmount = BigDecimal.ZERO.setScale(2);
        private final ExecutorService matcherThread;
        private final Matching.ForStatement matchingRun = matching.forStatement();
        private Prepared inFlight;

        Run(CreditorId tenant, String fileName, Actor actor, ExecutorService matcherThread) {
            this.tenant = tenant;
            this.fileName = fileName;
            this.actor = actor;
            this.matcherThread = matcherThread;
        }

        StatementImport execute(InputStream file) {
            store.insertStatement(id, tenant, PaymentStore.cut(fileName, 200), actor.label(), now);
            MessageDigest sha256 = sha256();
            BankFormat format = StatementReaders.read(new DigestInputStream(file, sha256), this);
            finish();
            storedUntil.forEach(store::advanceAccount);
            String accountList = String.join(", ", accounts);
            store.completeStatement(id, format.label(), HexFormat.of().formatHex(sha256.digest()),
                    PaymentStore.cut(accountList.isEmpty() ? "-" : accountList, 400), entries, credits, matched,
                    unmatched, duplicates, returns, matchedAmount, warnings.isEmpty() ? null
                            : PaymentStore.cut(String.join("\n", warnings.stream().map(Reason::encode).toList()), 4000));
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("file", fileName);
            counts.put("format", format.name());
            counts.put("entries", entries);
            counts.put("matched", matched);
            counts.put("unmatched", unmatched);
            counts.put("duplicates", duplicates);
            counts.put("returns", returns);
            counts.put("matchedAmount", matchedAmount.toPlainString());
            audit.record(new AuditEntry(tenant, "bank-statement", id.toString(), "bank-statement.imported", actor, null,
                    counts));
            return new StatementImport(id, format, entries, credits, matched, unmatched, duplicates, returns, pending,
                    Money.eur(matchedAmount), List.copyOf(warnings));
        }

        @Override
        public void entry(BankEntry entry) {
            entries++;
            if (entry.credit()) {
                credits++;
            }
            chunk.add(entry);
            if (chunk.size() >= properties.chunkSize()) {
                flush();
            }
        }

        @Override
        public void statementEnd(StatementTotals totals) {
            if (totals.declaredEntries() != null && totals.declaredEntries() != totals.countedEntries()) {
                warnings.add(Reason.of("entriesMissing", totals.statementId(), String.valueOf(totals.declaredEntries()),
                        String.valueOf(totals.countedEntries())));
            }
            if (totals.opening() != null && totals.closing() != null
                    && totals.opening().add(totals.countedNet()).compareTo(totals.closing()) != 0) {
                warnings.add(Reason.of("balanceGap", totals.statementId(), totals.opening().toPlainString(),
                        totals.countedNet().toPlainString(), totals.closing().toPlainString()));
            }
        }

        private void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            Map<String, List<BankEntry>> byAccount = new LinkedHashMap<>();
            for (BankEntry entry : chunk) {
                String account = entry.accountIban();
                if (account == null || account.isBlank()) {
                    account = unnamedAccount();
                }
                byAccount.computeIfAbsent(account, k -> new ArrayList<>()).add(entry);
            }
            chunk.clear();
            byAccount.forEach((iban, entries) -> {
                Prepared next = prepare(iban, entries);
                complete(inFlight);
                inFlight = next;
            });
        }

        /** Books the chunk whose matching still runs, at the end of the file. */
        void finish() {
            flush();
            complete(inFlight);
            inFlight = null;
        }

        /** A statement fragment without an account: the importing creditor's own, for staff an account of its own. */
        private String unnamedAccount() {
            String account = tenant == null ? UNNAMED_ACCOUNT
                    : creditors.find(tenant).map(Creditor::iban).orElseThrow().replace(" ", "").toUpperCase();
            Reason warning = tenant == null ? Reason.of("noAccount") : Reason.of("noAccountOwn", account);
            if (!warnings.contains(warning)) {
                warnings.add(warning);
            }
            return account;
        }

        /** Whose account it is: the importing creditor's own (anything else is refused), or for staff the creditor with that IBAN. */
        private Optional<CreditorId> owner(String iban) {
            return owners.computeIfAbsent(iban, key -> {
                Optional<CreditorId> owner;
                if (tenant != null) {
                    String own = creditors.find(tenant).map(Creditor::iban).orElse("");
                    if (!own.replace(" ", "").equalsIgnoreCase(key)) {
                        throw new InvalidInputException("file", "the statement is of account " + key
                                + ", which is not this creditor's account");
                    }
                    owner = Optional.of(tenant);
                } else {
                    owner = creditors.byIban(key).map(Creditor::id);
                }
                lockAccount(key);
                accounts.add(key);
                return owner;
            });
        }

        /**
         * Waits until no other import of this account is running, then keeps it to this import until it ends:
         * so an import never misses the entries of one that commits while it runs.
         */
        private void lockAccount(String iban) {
            try {
                Optional<PaymentStore.LockedAccount> locked = store.lockAccount(iban);
                if (locked.isEmpty()) {
                    try {
                        // in a transaction of its own, so that a concurrent import waits on the same row
                        newAccount.executeWithoutResult(status -> store.addAccount(iban, now));
                    } catch (DuplicateKeyException recordedMeanwhile) {
                        // another import recorded it first: its row is there to lock
                    }
                    locked = store.lockAccount(iban);
                }
                latestBooking.put(iban, locked.orElseThrow(
                        () -> new IllegalStateException("account " + iban + " could not be recorded")).latestBooking());
            } catch (PessimisticLockingFailureException e) {
                throw new ConflictException("Another statement of account " + iban
                        + " is being imported; import this one again when it is done.");
            }
        }

        /**
         * Deduplicates a chunk, stores its new entries and starts matching its credits on the matching thread,
         * which reads committed claims on a connection of its own while this thread books the chunk before.
         */
        private Prepared prepare(String iban, List<BankEntry> list) {
            CreditorId owner = owner(iban).orElse(null);
            List<BankEntry> fresh = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (BankEntry entry : list) {
                if (!entry.booked()) {
                    pending++;
                    continue;
                }
                fresh.add(entry);
                keys.add(contentKey(entry));
            }
            // entries all booked after the account's latest stored one cannot have been stored before
            LocalDate latest = latestBooking.get(iban);
            boolean onlyLater = latest == null || fresh.stream().allMatch(e -> e.bookingDate().isAfter(latest));
            Set<String> known = timed("deduplicate", () -> store.known(iban, onlyLater ? List.of() : keys,
                    fresh.stream().map(BankEntry::entryReference).filter(r -> r != null).distinct().toList()));
            List<PaymentStore.EntryRow> entryRows = new ArrayList<>();
            List<PaymentStore.PaymentRow> credits = new ArrayList<>();
            List<PaymentStore.PaymentRow> debits = new ArrayList<>();
            for (int i = 0; i < fresh.size(); i++) {
                BankEntry e = fresh.get(i);
                String key = keys.get(i);
                if (known.contains(key) || (e.entryReference() != null && known.contains("ref:" + e.entryReference()))) {
                    duplicates++;
                    continue;
                }
                UUID entryId = Ids.next();
                entryRows.add(new PaymentStore.EntryRow(entryId, id, owner, iban, key, PaymentStore.cut(e.entryReference(), 140),
                        e.credit(), e.reversal(), e.returned(), e.amount(), PaymentStore.cut(e.currency(), 3),
                        e.bookingDate(), e.valueDate(), PaymentStore.cut(e.bankCode(), 40)));
                for (BankTransaction t : transactionsOf(e)) {
                    Draft draft = classify(e, t);
                    (draft.kind == PaymentKind.CREDIT && draft.status == null ? credits : debits)
                            .add(draft.toRow(entryId, id, owner, iban, e, t));
                }
            }
            timed("store", () -> store.insertEntries(entryRows));
            entryRows.stream().map(PaymentStore.EntryRow::bookingDate).max(LocalDate::compareTo)
                    .ifPresent(last -> storedUntil.merge(iban, last, (a, b) -> a.isAfter(b) ? a : b));
            List<PaymentToMatch> toMatch = credits.stream().map(p -> new PaymentToMatch(p.id(), Money.eur(p.amount()),
                    p.bookingDate(), p.payerName(), p.payerIban(), p.remittance(), p.creditorReference(),
                    p.endToEndId())).toList();
            Future<List<MatchDecision>> decisions = toMatch.isEmpty()
                    ? CompletableFuture.completedFuture(List.of())
                    : matcherThread.submit(() -> timed("match", () -> matchingRun.match(owner, toMatch)));
            return new Prepared(owner, iban, credits, debits, decisions);
        }

        /** Books a prepared chunk once its matching is done: credits, then returns. */
        private void complete(Prepared chunk) {
            if (chunk == null) {
                return;
            }
            List<MatchDecision> decisions;
            try {
                decisions = chunk.decisions().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            List<PaymentStore.AllocationRow> allocations = new ArrayList<>();
            List<PaymentStore.PaymentRow> decided = new ArrayList<>(book(chunk.credits(), decisions, allocations));
            decided.addAll(chunk.debits().stream().filter(p -> p.kind() != PaymentKind.RETURN || p.status() != null)
                    .toList());
            timed("store", () -> {
                store.insertPayments(decided, now);
                store.insertAllocations(allocations, now);
            });
            List<PaymentStore.PaymentRow> returned = chunk.debits().stream()
                    .filter(p -> p.kind() == PaymentKind.RETURN && p.status() == null).toList();
            store.insertPayments(reverse(chunk.iban(), returned), now);
        }

        /** A batch entry whose transactions carry no amounts of their own is one payment. */
        private List<BankTransaction> transactionsOf(BankEntry e) {
            if (e.transactions().size() > 1 && e.transactions().stream().anyMatch(t -> t.amount() == null)) {
                BankTransaction first = e.transactions().get(0);
                String text = String.join(" ", e.transactions().stream().map(BankTransaction::remittance)
                        .filter(r -> r != null).toList());
                return List.of(new BankTransaction(e.amount(), null, null, first.bankReference(), null,
                        first.counterpartyName(), first.counterpartyIban(), text.isEmpty() ? null : text, null, null));
            }
            return e.transactions();
        }

        private Draft classify(BankEntry e, BankTransaction t) {
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
                returns++;
                return new Draft(PaymentKind.RETURN, null, null);
            }
            return new Draft(PaymentKind.DEBIT, PaymentStatus.IGNORED, Reason.of("moneyOut"));
        }

        /** Books the credits that matched well enough; the allocations made are added to {@code allocations}. */
        private List<PaymentStore.PaymentRow> book(List<PaymentStore.PaymentRow> credits, List<MatchDecision> found,
                                                   List<PaymentStore.AllocationRow> allocations) {
            if (credits.isEmpty()) {
                return List.of();
            }
            Map<UUID, MatchDecision> decisions = new HashMap<>();
            found.forEach(d -> decisions.put(d.paymentId(), d));
            List<IncomingPayment> incoming = new ArrayList<>();
            Map<UUID, PaymentStore.PaymentRow> rows = new LinkedHashMap<>();
            for (PaymentStore.PaymentRow row : credits) {
                rows.put(row.id(), row);
                MatchDecision d = decisions.get(row.id());
                if (d.confidence().compareTo(properties.autoBookThreshold()) >= 0 && !d.claims().isEmpty()) {
                    incoming.add(new IncomingPayment(row.id(), d.claims().get(0).creditor(),
                            d.claims().stream().map(MatchCandidate::id).toList(), d.statutoryOrder(),
                            d.others().stream().map(MatchCandidate::id).toList(), Money.eur(row.amount()), row.bookingDate(), reference(row), note(row)));
                }
            }
            Map<UUID, MatchCandidate> candidates = new HashMap<>();
            decisions.values().forEach(d -> {
                d.claims().forEach(c -> candidates.put(c.id().value(), c));
                d.others().forEach(c -> candidates.put(c.id().value(), c));
            });
            Map<UUID, BookedPayment> booked = new HashMap<>();
            for (BookedPayment b : timed("book", () -> accounting.bookPayments(incoming, actor))) {
                booked.put(b.paymentId(), b);
                for (ClaimShare share : b.shares()) {
                    MatchCandidate c = candidates.get(share.claim().value());
                    Allocation a = share.allocation();
                    allocations.add(new PaymentStore.AllocationRow(b.paymentId(), c.creditor(), share.claim(),
                            c.invoiceNumber(), c.debtor(),
                            a.total(), a.costs(), a.fees(), a.interest(), a.principal()));
                }
            }
            List<PaymentStore.PaymentRow> result = new ArrayList<>();
            for (PaymentStore.PaymentRow row : rows.values()) {
                MatchDecision d = decisions.get(row.id());
                BookedPayment b = booked.get(row.id());
                BigDecimal confidence = d.confidence().setScale(3, RoundingMode.HALF_UP);
                if (b != null && b.booked()) {
                    matched++;
                    matchedAmount = matchedAmount.add(row.amount());
                    result.add(row.with(PaymentStatus.BOOKED, d.claims().get(0).creditor(), confidence, d.reason().encode()));
                } else {
                    unmatched++;
                    result.add(row.with(PaymentStatus.UNMATCHED, null, confidence, d.reason().encode()));
                }
            }
            return result;
        }

        /**
         * Returns reverse the payment they return, found by end-to-end id, else mandate, else payer IBAN and amount
         * (the latest booked on or before the return); one that cannot be found waits for a person.
         */
        private List<PaymentStore.PaymentRow> reverse(String iban, List<PaymentStore.PaymentRow> pendingReturns) {
            if (pendingReturns.isEmpty()) {
                return List.of();
            }
            List<PaymentStore.Original> candidates = store.returnable(iban,
                    present(pendingReturns, PaymentStore.PaymentRow::endToEndId),
                    present(pendingReturns, PaymentStore.PaymentRow::mandateId),
                    present(pendingReturns, PaymentStore.PaymentRow::payerIban));
            Map<UUID, PaymentStore.Original> taken = new LinkedHashMap<>();
            List<PaymentStore.PaymentRow> result = new ArrayList<>();
            List<PaymentStore.PaymentRow> found = new ArrayList<>();
            for (PaymentStore.PaymentRow row : pendingReturns) {
                PaymentStore.Original original = originalOf(row, candidates, taken.keySet());
                if (original == null || original.creditor() == null) {
                    result.add(row.with(PaymentStatus.UNMATCHED, null, null, Reason.of("returnUnknown").encode()));
                    continue;
                }
                taken.put(original.id(), original);
                found.add(row);
            }
            List<Returns.TakeBack> takeBacks = new ArrayList<>();
            Iterator<PaymentStore.Original> originals = taken.values().iterator();
            for (PaymentStore.PaymentRow row : found) {
                PaymentStore.Original original = originals.next();
                takeBacks.add(new Returns.TakeBack(original.id(), original.creditor(), row.bookingDate(),
                        row.returnReason()));
                result.add(row.returning(original.id(), original.creditor()));
            }
            Returns.TakenBack booked = returnBooking.takeBack(takeBacks, actor);
            if (!booked.done()) {
                throw new ConflictException("A payment this statement returns was changed meanwhile; import the"
                        + " statement again.");
            }
            for (RefundToRecover refund : booked.toRecover()) {
                warnings.add(Reason.of("refundReturned", refund.invoiceNumber(), refund.debtorName(),
                        refund.amount().toPlainString()));
            }
            return result;
        }

        private String contentKey(BankEntry e) {
            BankTransaction first = e.transactions().get(0);
            String id = firstOf(first.endToEndId(), first.transactionId(), first.bankReference(), first.mandateId());
            if (id == null) {
                id = shortHash(first.remittance() + "|" + first.counterpartyName() + "|" + first.counterpartyIban());
            }
            String base = (e.credit() ? "C" : "D") + (e.reversal() ? "R" : "") + "|" + e.amount().toPlainString() + "|"
                    + e.bookingDate() + "|" + id;
            if (base.length() > 180) {
                base = base.substring(0, 150) + shortHash(base);
            }
            int n = occurrences.merge(e.accountIban() + "|" + base, 1, Integer::sum);
            return base + "#" + n;
        }
    }

    /** The booked credit a return takes back, in order of certainty; never one another return took already. */
    private static PaymentStore.Original originalOf(PaymentStore.PaymentRow row, List<PaymentStore.Original> candidates,
                                                    Set<UUID> taken) {
        List<PaymentStore.Original> open = candidates.stream()
                .filter(o -> !taken.contains(o.id()) && !o.bookingDate().isAfter(row.bookingDate())).toList();
        String endToEnd = firstOf(row.endToEndId());
        String mandate = firstOf(row.mandateId());
        return open.stream().filter(o -> endToEnd != null && endToEnd.equals(o.endToEndId())).findFirst()
                .or(() -> open.stream().filter(o -> mandate != null && mandate.equals(o.mandateId())).findFirst())
                .or(() -> open.stream().filter(o -> row.payerIban() != null && row.payerIban().equals(o.payerIban())
                        && o.amount().compareTo(row.amount()) == 0).findFirst())
                .orElse(null);
    }

    private static List<String> present(List<PaymentStore.PaymentRow> rows,
                                        Function<PaymentStore.PaymentRow, String> value) {
        return rows.stream().map(value).map(StatementImporter::firstOf).filter(v -> v != null).distinct().toList();
    }

    /** A chunk whose entries are stored and whose credits are being matched. */
    private record Prepared(CreditorId owner, String iban, List<PaymentStore.PaymentRow> credits,
                            List<PaymentStore.PaymentRow> debits, Future<List<MatchDecision>> decisions) {
    }

    /** A payment row before it is decided, and how it becomes one. */
    private static final class Draft {
        final PaymentKind kind;
        final PaymentStatus status;
        final Reason reason;

        Draft(PaymentKind kind, PaymentStatus status, Reason reason) {
            this.kind = kind;
            this.status = status;
            this.reason = reason;
        }

        PaymentStore.PaymentRow toRow(UUID entryId, UUID statementId, CreditorId owner, String iban, BankEntry e,
                                      BankTransaction t) {
            return new PaymentStore.PaymentRow(Ids.next(), entryId, statementId, owner, iban, kind,
                    t.amount() == null ? e.amount() : t.amount(), e.bookingDate(), t.endToEndId(), t.bankReference(),
                    t.mandateId(), t.counterpartyName(), t.counterpartyIban(), t.remittance(), t.creditorReference(),
                    t.returnReason(), status, null, reason == null ? null : reason.encode(), null);
        }
    }

    private static String reference(PaymentStore.PaymentRow row) {
        String text = row.creditorReference() != null ? row.creditorReference() : row.remittance();
        return PaymentStore.cut(text == null ? "bank transfer " + row.bookingDate() : text, 140);
    }

    private static String note(PaymentStore.PaymentRow row) {
        return (row.payerName() == null ? "" : row.payerName()) + (row.payerIban() == null ? "" : " " + row.payerIban())
                + " — " + (row.remittance() == null ? "" : row.remittance());
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.equalsIgnoreCase("NOTPROVIDED") && !v.equalsIgnoreCase("NONREF")) {
                return v;
            }
        }
        return null;
    }

    private static String shortHash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
