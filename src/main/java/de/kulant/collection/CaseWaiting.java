package de.kulant.collection;

import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.DisputeStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ends a case's waiting for an agreement: back to OPEN, or to DISPUTED while a dispute is open. */
@Component
class CaseWaiting {

    private final CaseStore cases;
    private final DisputeStore disputes;

    CaseWaiting(CaseStore cases, DisputeStore disputes) {
        this.cases = cases;
        this.disputes = disputes;
    }

    /** The case resumes its strategy if it was waiting (AGREEMENT); any other status stays. */
    void resume(CaseRow row) {
        resumeAll(List.of(row));
    }

    /** The same for many cases, in two statements. */
    void resumeAll(Collection<CaseRow> rows) {
        List<CaseId> waiting = rows.stream().filter(r -> r.status() == CaseStatus.AGREEMENT).map(CaseRow::id).toList();
        if (waiting.isEmpty()) {
            return;
        }
        Set<CaseId> disputed = disputes.openAmong(waiting);
        Map<CaseId, String> status = new LinkedHashMap<>();
        waiting.forEach(id -> status.put(id, (disputed.contains(id) ? CaseStatus.DISPUTED : CaseStatus.OPEN).name()));
        cases.setEach("status", "varchar(20)", status);
    }
}
