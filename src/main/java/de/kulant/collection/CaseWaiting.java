package de.kulant.collection;

import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.DisputeStore;
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
        if (row.status() == CaseStatus.AGREEMENT) {
            cases.setStatus(row.id(), disputes.anyOpen(row.id()) ? CaseStatus.DISPUTED : CaseStatus.OPEN);
        }
    }
}
