package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimView;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.LimitationStore;
import de.kulant.law.LimitationEvent;
import de.kulant.law.LimitationResult;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When limitation ends for each claim of a case (§§195, 199, 204, 205, 209, 212 BGB), with the case's recorded
 * events applied — an agreement's acknowledgement restarts it, a pause suspends it — and every step explained.
 */
@Service
public class CaseLimitations {

    /** One claim's end of limitation; {@code endsOn} null while a suspension without a known end runs. */
    public record ClaimLimitation(ClaimId claimId, String invoiceNumber, LocalDate arisenOn, LocalDate endsOn,
                                  boolean suspended, List<String> steps) {
    }

    private final CaseStore cases;
    private final LimitationStore limitation;
    private final CaseFacts facts;
    private final CurrentLaw law;
    private final Clock clock;

    CaseLimitations(CaseStore cases, LimitationStore limitation, CaseFacts facts, CurrentLaw law, Clock clock) {
        this.cases = cases;
        this.limitation = limitation;
        this.facts = facts;
        this.law = law;
        this.clock = clock;
    }

    /** Every claim of the case; {@code creditor} null: staff. */
    @Transactional(readOnly = true)
    public List<ClaimLimitation> of(CreditorId creditor, CaseId id) {
        CaseRow row = cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        List<LimitationEvent> events = limitation.eventsOf(List.of(id)).getOrDefault(id, List.of());
        return facts.claims(row, BusinessDates.today(clock)).stream().map(c -> of(c, events)).toList();
    }

    /** The claim's end of limitation with the case's events; an event before the claim arose has nothing to act on. */
    static LimitationResult endOf(CurrentLaw law, ClaimView claim, List<LimitationEvent> events) {
        return law.limitation().endOf(claim.dueDate(), events.stream()
                .filter(e -> !e.on().isBefore(claim.dueDate())).toList());
    }

    private ClaimLimitation of(ClaimView claim, List<LimitationEvent> events) {
        LimitationResult result = endOf(law, claim, events);
        return new ClaimLimitation(claim.id(), claim.invoiceNumber(), claim.dueDate(), result.endsOn(),
                result.suspended(), result.steps());
    }
}
