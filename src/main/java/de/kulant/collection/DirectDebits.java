package de.kulant.collection;

import de.kulant.collection.internal.DirectDebitStore;
import de.kulant.collection.internal.DirectDebitStore.DueRate;
import de.kulant.collection.internal.DirectDebitStore.FileRow;
import de.kulant.law.TargetCalendar;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.JobLocks;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pain.008 files of plans' rates paid by SEPA direct debit: one per collection date, at least one TARGET business
 * day ahead (D-1), with every open rate due by then that no file collected yet. A debit the bank returns comes back
 * as a returned payment and opens its rate again; it is not collected a second time on its own.
 */
@Service
public class DirectDebits {

    private final DirectDebitStore store;
    private final CollectionProperties properties;
    private final JobLocks locks;
    private final AuditTrail audit;
    private final Clock clock;

    DirectDebits(DirectDebitStore store, CollectionProperties properties, JobLocks locks, AuditTrail audit,
                 Clock clock) {
        this.store = store;
        this.properties = properties;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file for {@code collectionDateText}; a date too soon or not a TARGET day is refused, nothing stored. */
    @Transactional
    public FileRow create(String collectionDateText, Actor actor) {
        InputCheck check = new InputCheck();
        LocalDate date = check.date("collectionDate", collectionDateText, true);
        LocalDate earliest = TargetCalendar.nextBusinessDay(BusinessDates.today(clock));
        if (date != null && date.isBefore(earliest)) {
            check.violation("collectionDate", "debitTooSoon", "must be " + earliest + " or later: the debtor's bank "
                    + "needs the file one TARGET business day ahead", earliest);
        } else if (date != null && !TargetCalendar.isBusinessDay(date)) {
            check.violation("collectionDate", "notTargetDay", "is not a TARGET business day");
        }
        check.throwIfInvalid();
        Optional<JobLocks.Held> lock = locks.tryLock("direct-debit-file", Duration.ofMinutes(30));
        if (lock.isEmpty()) {
            throw ConflictException.coded("debitFileRunning", "Another direct debit file is being made; try again.");
        }
        try {
            return write(date, actor);
        } finally {
            lock.get().release();
        }
    }

    private FileRow write(LocalDate date, Actor actor) {
        List<DueRate> due = store.due(date);
        if (due.isEmpty()) {
            throw ConflictException.coded("nothingToDebit", "No rate paid by direct debit is due by " + date + ".");
        }
        Set<UUID> started = new HashSet<>();
        List<DirectDebitFile.Debit> debits = due.stream().map(r -> new DirectDebitFile.Debit(r.reference(),
                r.amount().amount(), r.mandateReference(), r.signedOn(), sequence(r, started), r.holder(), r.iban(),
                r.instalments() == 1 ? r.reference() : r.reference() + " Rate " + r.number() + "/" + r.instalments()))
                .toList();
        Money total = due.stream().map(DueRate::amount).reduce(Money.zeroEur(), Money::plus);
        UUID id = Ids.next();
        String messageId = "KUL-DD-" + id.toString().replace("-", "").substring(12);
        CollectionProperties.Agency agency = properties.agency();
        String document = DirectDebitFile.write(new DirectDebitFile.Order(messageId,
                clock.instant().atOffset(ZoneOffset.UTC), agency.name(), agency.iban(), agency.bic(),
                properties.creditorIdentifier(), date), debits);
        FileRow file = new FileRow(id, date, messageId, due.size(), total, clock.instant(), actor.label());
        if (!store.insert(file, document, date)) {
            throw ConflictException.coded("debitRatesChanged", "Rates changed while the file was made; try again.");
        }
        audit.record(new AuditEntry(null, "direct-debit-file", id.toString(), "direct-debit-file.created", actor,
                null, Map.of("collectionDate", date.toString(), "rates", due.size(), "total", total.toPlainString())));
        return file;
    }

    /** A mandate for one debit of the whole amount is one-off; a plan's first debit starts a series. */
    private static DirectDebitFile.Sequence sequence(DueRate rate, Set<UUID> started) {
        if (rate.instalments() == 1) {
            return DirectDebitFile.Sequence.OOFF;
        }
        return rate.first() && started.add(rate.planId()) ? DirectDebitFile.Sequence.FRST : DirectDebitFile.Sequence.RCUR;
    }

    @Transactional(readOnly = true)
    public FileRow find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("direct debit file"));
    }

    @Transactional(readOnly = true)
    public String document(UUID id) {
        return store.document(id).orElseThrow(() -> new NotFoundException("direct debit file"));
    }

    @Transactional(readOnly = true)
    public List<FileRow> recent(int limit) {
        return store.list(limit);
    }
}
