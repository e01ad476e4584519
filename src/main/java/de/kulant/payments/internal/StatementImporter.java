package de.kulant.payments.internal;

import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.payments.BankFormat;
import de.kulant.payments.PaymentKind;
import de.kulant.payments.PaymentsProperties;
import de.kulant.payments.Reason;
import de.kulant.payments.StatementImport;
import de.kulant.platform.Actor;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One statement file in one transaction, as a pipeline of named steps per chunk of entries: account lock,
 * read ({@link StatementReaders}), deduplicate, classify, match, book credits, reverse returns, record. Entries are
 * read as a stream, so memory stays flat however large the file is, and an error anywhere rolls all of it back.
 * While a chunk is booked, the next one is matched on the statement-matching executor against committed claims.
 */
@Component
public class StatementImporter {

    static final String UNNAMED_ACCOUNT = "UNNAMED";

    private final AccountLock accountLock;
    private final EntryStore entries;
    private final Matching matching;
    private final CreditBooking creditBooking;
    private final ReturnReversal returnReversal;
    private final StatementRecord record;
    private final PaymentStore payments;
    private final AllocationStore allocations;
    private final Creditors creditors;
    private final PaymentsProperties properties;
    private final TransactionTemplate transaction;
    private final AsyncTaskExecutor matchingExecutor;
    private final ImportTimer timer;
    private final Clock clock;

    StatementImporter(AccountLock accountLock, EntryStore entries, Matching matching, CreditBooking creditBooking,
                      ReturnReversal returnReversal, StatementRecord record, PaymentStore payments,
                      AllocationStore allocations, Creditors creditors, PaymentsProperties properties,
                      TransactionTemplate transaction,
                      @Qualifier(PaymentsWorkers.STATEMENT_MATCHING) AsyncTaskExecutor matchingExecutor,
                      ImportTimer timer, Clock clock) {
        this.accountLock = accountLock;
        this.entries = entries;
        this.matching = matching;
        this.creditBooking = creditBooking;
        this.returnReversal = returnReversal;
        this.record = record;
        this.payments = payments;
        this.allocations = allocations;
        this.creditors = creditors;
        this.properties = properties;
        this.transaction = transaction;
        this.matchingExecutor = matchingExecutor;
        this.timer = timer;
        this.clock = clock;
    }

    /**
     * @param tenant the creditor importing its own account's statement, or null for staff, who may import any
     *               account; the agency's own account (no creditor's IBAN) is matched across all creditors
     */
    public StatementImport importStatement(CreditorId tenant, InputStream file, String fileName, Actor actor) {
        try {
            return transaction.execute(status -> new Run(tenant, fileName, actor).execute(file));
        } catch (StatementFormatException e) {
            FieldViolation violation = FieldViolation.of("file", e.getMessage());
            throw new InvalidInputException(List.of(e.line() == null ? violation : violation.atLine(e.line())));
        }
    }

    /** One import: the chunk being read, the chunk being matched, and what spans chunks. */
    private final class Run implements StatementSink {

        private final CreditorId tenant;
        private final String fileName;
        private final Actor actor;
        private final UUID id = Ids.next();
        private final Instant now = clock.instant();
        private final ImportTally tally = new ImportTally();
        private final Deduplication deduplication = new Deduplication(entries);
        private final Matching.ForStatement matchingRun = matching.forStatement();
        private final List<BankEntry> chunk = new ArrayList<>();
        private final Map<String, Optional<CreditorId>> owners = new LinkedHashMap<>();
        /** Per account locked by this import: the latest booking date stored before it, and the latest it stores. */
        private final Map<String, LocalDate> latestBooking = new HashMap<>();
        private final Map<String, LocalDate> storedUntil = new HashMap<>();
        private Prepared inFlight;

        Run(CreditorId tenant, String fileName, Actor actor) {
            this.tenant = tenant;
            this.fileName = fileName;
            this.actor = actor;
        }

        StatementImport execute(InputStream file) {
            record.start(id, tenant, fileName, actor, now);
            MessageDigest sha256 = BankIds.sha256();
            try {
                BankFormat format = StatementReaders.read(new DigestInputStream(file, sha256), this);
                flush();
                complete(inFlight);
                inFlight = null;
                accountLock.advance(storedUntil);
                return record.finish(id, tenant, fileName, actor, format, HexFormat.of().formatHex(sha256.digest()),
                        List.copyOf(owners.keySet()), tally);
            } finally {
                if (inFlight != null) {
                    inFlight.decisions().cancel(true);
                }
            }
        }

        @Override
        public void entry(BankEntry entry) {
            tally.read(entry);
            chunk.add(entry);
            if (chunk.size() >= properties.chunkSize()) {
                flush();
            }
        }

        @Override
        public void statementEnd(StatementTotals totals) {
            if (totals.declaredEntries() != null && totals.declaredEntries() != totals.countedEntries()) {
                tally.warn(Reason.of("entriesMissing", totals.statementId(), String.valueOf(totals.declaredEntries()),
                        String.valueOf(totals.countedEntries())));
            }
            if (totals.opening() != null && totals.closing() != null
                    && totals.opening().add(totals.countedNet()).compareTo(totals.closing()) != 0) {
                tally.warn(Reason.of("balanceGap", totals.statementId(), totals.opening().toPlainString(),
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
            byAccount.forEach((iban, list) -> {
                Prepared next = prepare(iban, list);
                complete(inFlight);
                inFlight = next;
            });
        }

        /** A statement fragment without an account: the importing creditor's own, for staff an account of its own. */
        private String unnamedAccount() {
            String account = tenant == null ? UNNAMED_ACCOUNT
                    : creditors.find(tenant).map(Creditor::iban).orElseThrow().replace(" ", "").toUpperCase();
            tally.warnOnce(tenant == null ? Reason.of("noAccount") : Reason.of("noAccountOwn", account));
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
                latestBooking.put(key, accountLock.lock(key, now));
                return owner;
            });
        }

        /** Deduplicates and classifies a chunk, stores its new entries and starts matching its credits. */
        private Prepared prepare(String iban, List<BankEntry> list) {
            CreditorId owner = owner(iban).orElse(null);
            Deduplication.Fresh fresh = timer.timed("deduplicate",
                    () -> deduplication.fresh(iban, latestBooking.get(iban), list));
            tally.deduplicated(fresh);
            Classification.Classified classified = Classification.classify(id, owner, iban, fresh.entries());
            tally.classified(classified);
            timer.timed("store", () -> entries.insert(classified.entries()));
            classified.entries().stream().map(EntryStore.EntryRow::bookingDate).max(LocalDate::compareTo)
                    .ifPresent(last -> storedUntil.merge(iban, last, (a, b) -> a.isAfter(b) ? a : b));
            List<PaymentToMatch> toMatch = classified.credits().stream().map(p -> new PaymentToMatch(p.id(),
                    Money.eur(p.amount()), p.bookingDate(), p.payerName(), p.payerIban(),
                    p.remittance(), p.creditorReference(), p.endToEndId())).toList();
            return new Prepared(iban, classified.credits(), classified.debits(), match(owner, toMatch));
        }

        private Future<List<MatchDecision>> match(CreditorId owner, List<PaymentToMatch> toMatch) {
            if (toMatch.isEmpty()) {
                return CompletableFuture.completedFuture(List.of());
            }
            try {
                return matchingExecutor.submit(() -> timer.timed("match", () -> matchingRun.match(owner, toMatch)));
            } catch (TaskRejectedException e) {
                throw ConflictException.coded("tooManyImports", "Too many statements are being imported at once; import this one again"
                        + " in a few minutes.");
            }
        }

        /** Books a prepared chunk once its matching is done: credits, then returns. */
        private void complete(Prepared prepared) {
            if (prepared == null) {
                return;
            }
            CreditBooking.Booked booked = creditBooking.book(prepared.credits(), decisions(prepared), actor);
            tally.booked(booked);
            List<PaymentStore.PaymentRow> decided = new ArrayList<>(booked.payments());
            List<PaymentStore.PaymentRow> returns = new ArrayList<>();
            for (PaymentStore.PaymentRow debit : prepared.debits()) {
                (debit.kind() == PaymentKind.RETURN && debit.status() == null ? returns : decided).add(debit);
            }
            timer.timed("store", () -> {
                payments.insertPayments(decided, now);
                allocations.insert(booked.allocations(), now);
            });
            ReturnReversal.Reversed reversed = returnReversal.reverse(prepared.iban(), returns, actor);
            reversed.warnings().forEach(tally::warn);
            payments.insertPayments(reversed.payments(), now);
        }

        private List<MatchDecision> decisions(Prepared prepared) {
            try {
                return prepared.decisions().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /** A chunk whose entries are stored and whose credits are being matched. */
    private record Prepared(String iban, List<PaymentStore.PaymentRow> credits, List<PaymentStore.PaymentRow> debits,
                            Future<List<MatchDecision>> decisions) {
    }
}
