package de.kulant.collection;

import de.kulant.claims.ClaimQueries;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DebtorView;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.QueueStore;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case worker's queue: their cases that are not closed, most urgent first, with the reasons of each score. */
@Service
@Transactional(readOnly = true)
public class WorkQueue {

    /** One case in the queue. */
    public record Entry(CaseId caseId, CaseReference reference, CreditorId creditorId, String debtorName,
                        CaseStatus status, Priority priority) {
    }

    /** A page of the queue and the position after its last entry, null on the last page. */
    public record QueuePage(List<Entry> items, String next) {
    }

    private final QueueStore queues;
    private final ClaimQueries claims;

    WorkQueue(QueueStore queues, ClaimQueries claims) {
        this.queues = queues;
        this.claims = claims;
    }

    public QueuePage page(String assignee, CreditorId creditor, CaseStatus status, boolean hardshipOnly, String after,
                          int size) {
        Integer afterPriority = null;
        UUID afterId = null;
        if (after != null && !after.isBlank()) {
            int cut = after.lastIndexOf('_');
            try {
                afterPriority = Integer.parseInt(after.substring(0, cut));
                afterId = UUID.fromString(after.substring(cut + 1));
            } catch (RuntimeException unreadable) {
                throw new InvalidInputException(List.of(FieldViolation.coded("after", "cursorUnknown",
                        "is not a position this list gave out")));
            }
        }
        List<QueueStore.QueueRow> rows = queues.queue(assignee, creditor, status, hardshipOnly, afterPriority, afterId,
                size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            QueueStore.QueueRow last = rows.get(size - 1);
            next = last.priority() + "_" + last.row().id();
        }
        Map<DebtorId, CreditorId> wanted = new HashMap<>();
        rows.forEach(r -> wanted.put(r.row().debtorId(), r.row().creditorId()));
        Map<DebtorId, DebtorView> debtors = claims.debtors(wanted);
        return new QueuePage(rows.stream().map(r -> entry(r, debtors)).toList(), next);
    }

    /** A case's current priority with its reasons. */
    public Priority priorityOf(CaseId id) {
        QueueStore.QueueRow row = queues.priorityOf(id);
        return Priority.parse(row.priority(), row.reasons());
    }

    /** The most urgent case of the person's queue. */
    public Optional<Entry> next(String assignee) {
        return page(assignee, null, null, false, null, 1).items().stream().findFirst();
    }

    private static Entry entry(QueueStore.QueueRow r, Map<DebtorId, DebtorView> debtors) {
        CaseRow row = r.row();
        DebtorView debtor = debtors.get(row.debtorId());
        return new Entry(row.id(), row.reference(), row.creditorId(), debtor == null ? null : debtor.name(),
                row.status(), Priority.parse(r.priority(), r.reasons()));
    }
}
