package de.kulant.collection;

import de.kulant.claims.ClaimQueries;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DebtorView;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.QueueStore;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case worker's queue: their cases that are not closed, most urgent first, with the reasons of each score. */
@Service
@Transactional(readOnly = true)
public class WorkQueue {

    /** One case in the queue. */
    public record Entry(CaseId caseId, CaseReference reference, CreditorId creditorId, String debtorName,
                        CaseStatus status, Priority priority, LocalDate openedOn) {
    }

    /** A page of the queue, the position after its last entry (null on the last page) and the queue's length. */
    public record QueuePage(List<Entry> items, String next, long total) {
    }

    /** The columns the queue sorts by. */
    public static SortColumns listOrder() {
        return QueueStore.LIST_ORDER;
    }

    private final QueueStore queues;
    private final ClaimQueries claims;

    WorkQueue(QueueStore queues, ClaimQueries claims) {
        this.queues = queues;
        this.claims = claims;
    }

    public QueuePage page(String assignee, CreditorId creditor, CaseStatus status, boolean hardshipOnly, String after,
                          int size) {
        return page(assignee, creditor, status, hardshipOnly, QueueStore.LIST_ORDER.defaultOrder(), after, size);
    }

    /** One page of the queue in the order; a position this list did not give out in this order is refused. */
    public QueuePage page(String assignee, CreditorId creditor, CaseStatus status, boolean hardshipOnly,
                          ListOrder order, String after, int size) {
        if (after != null && !after.isBlank() && QueueStore.LIST_ORDER.position(after, order).isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.coded("after", "cursorUnknown",
                    "is not a position this list gave out")));
        }
        SortColumns.Keyed<QueueStore.QueueRow> rows = queues.queue(assignee, creditor, status, hardshipOnly, order,
                after, size);
        Map<DebtorId, CreditorId> wanted = new HashMap<>();
        rows.items().forEach(r -> wanted.put(r.row().debtorId(), r.row().creditorId()));
        Map<DebtorId, DebtorView> debtors = claims.debtors(wanted);
        return new QueuePage(rows.items().stream().map(r -> entry(r, debtors)).toList(), rows.next(),
                queues.count(assignee, creditor, status, hardshipOnly));
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
                row.status(), Priority.parse(r.priority(), r.reasons()), row.openedOn());
    }
}
