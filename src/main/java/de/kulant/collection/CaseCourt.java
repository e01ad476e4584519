package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CourtStore;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the case page shows of the court path: limitation per claim, court approvals, procedures, credit bureau. */
@Service
public class CaseCourt {

    /** {@code approvals}: each claim's latest court approval status (PENDING_CREDITOR, APPROVED, DECLINED). */
    public record Facts(List<CaseLimitations.ClaimLimitation> limitation, Map<ClaimId, String> approvals,
                        List<CourtProcedures.Procedure> procedures, CreditBureau.Eligibility bureau) {

        /** The claims approved for court action: what an application would contain. */
        public List<ClaimId> approved() {
            return approvals.entrySet().stream().filter(e -> e.getValue().equals("APPROVED")).map(Map.Entry::getKey)
                    .toList();
        }
    }

    private final CaseStore cases;
    private final CourtStore court;
    private final CaseLimitations limitations;
    private final CourtProcedures procedures;
    private final CreditBureau bureau;

    CaseCourt(CaseStore cases, CourtStore court, CaseLimitations limitations, CourtProcedures procedures,
              CreditBureau bureau) {
        this.cases = cases;
        this.court = court;
        this.limitations = limitations;
        this.procedures = procedures;
        this.bureau = bureau;
    }

    /** For staff. */
    @Transactional(readOnly = true)
    public Facts of(CaseId id) {
        List<ClaimId> members = cases.members(id).stream().map(CaseStore.Member::claim).toList();
        return new Facts(limitations.of(null, id), court.approvalOf(members),
                procedures.list(null, id, null, null, 20), bureau.of(null, id));
    }
}
