package de.kulant.collection;

import de.kulant.claims.ClaimQueries;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DebtorView;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.law.DebtorKind;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.StaffDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns a case: a new case goes to the fitting case worker (language, business debtors, capacity) with the fewest
 * open cases (in name order when equal, so new cases go round); a team lead assigns single cases, or moves everything
 * of an absent person to the others.
 */
@Service
public class CaseAssignment {

    private final CaseStore cases;
    private final ActivityStore activities;
    private final StaffDirectory staff;
    private final ClaimQueries claims;
    private final AuditTrail audit;
    private final Clock clock;

    CaseAssignment(CaseStore cases, ActivityStore activities, StaffDirectory staff, ClaimQueries claims,
                   AuditTrail audit, Clock clock) {
        this.claims = claims;
        this.cases = cases;
        this.activities = activities;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Countries whose debtors get German letters and calls; everyone else English. */
    private static final Set<String> GERMAN_SPEAKING = Set.of("DE", "AT", "CH", "LI", "LU");

    /** Whom a new case goes to, and why. */
    record Choice(String agent, String why) {
    }

    /**
     * Gives each new case to the least busy case worker who speaks the debtor's language, takes business debtors when
     * the debtor is one, and has room under their capacity, counting the cases given out just before; left unassigned
     * when there is no case worker at all. A fixed number of statements for any number of cases.
     */
    void assignNew(List<CaseRow> rows, Actor actor) {
        List<StaffDirectory.Agent> agents = staff.activeAgentSkills();
        if (rows.isEmpty() || agents.isEmpty()) {
            return;
        }
        Map<DebtorId, CreditorId> owners = new HashMap<>();
        rows.forEach(row -> owners.put(row.debtorId(), row.creditorId()));
        Map<DebtorId, DebtorView> debtors = claims.debtors(owners);
        Map<String, Long> load = new HashMap<>(cases.openCountsOf(agents.stream().map(StaffDirectory.Agent::username)
                .toList()));
        Map<CaseId, String> assignees = new LinkedHashMap<>();
        List<ActivityStore.Logged> logged = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        Instant now = clock.instant();
        for (CaseRow row : rows) {
            DebtorView debtor = debtors.get(row.debtorId());
            String language = debtor != null && !GERMAN_SPEAKING.contains(debtor.address().country()) ? "en" : "de";
            boolean business = debtor != null && debtor.kind() == DebtorKind.BUSINESS;
            Choice choice = choose(agents, load, language, business);
            load.merge(choice.agent(), 1L, Long::sum);
            assignees.put(row.id(), choice.agent());
            logged.add(new ActivityStore.Logged(row.creditorId(), ActivityStore.entry(row.id(), now, "ASSIGNED",
                    actor.label(), "Zugewiesen an " + choice.agent() + " (" + choice.why() + ")")));
            entries.add(new AuditEntry(row.creditorId(), "case", row.id().toString(), "case.assigned", actor, null,
                    Map.of("assignee", choice.agent())));
        }
        cases.setEach("assignee", "varchar(100)", assignees);
        activities.addAll(logged);
        audit.recordAll(entries);
    }

    /** The least busy fitting case worker (name order on ties); over capacity or without the skill only when no one fits. */
    static Choice choose(List<StaffDirectory.Agent> agents, Map<String, Long> load, String language, boolean business) {
        Comparator<StaffDirectory.Agent> leastBusy = Comparator
                .comparingLong((StaffDirectory.Agent a) -> load.getOrDefault(a.username(), 0L))
                .thenComparing(StaffDirectory.Agent::username);
        List<StaffDirectory.Agent> skilled = agents.stream()
                .filter(a -> a.languages().contains(language) && (!business || a.b2b())).toList();
        var withRoom = skilled.stream()
                .filter(a -> a.capacity() == null || load.getOrDefault(a.username(), 0L) < a.capacity()).min(leastBusy);
        if (withRoom.isPresent()) {
            return new Choice(withRoom.get().username(), "passt zu Sprache " + language + (business ? " und B2B" : "")
                    + ", wenigste offene Fälle");
        }
        var full = skilled.stream().min(leastBusy);
        if (full.isPresent()) {
            return new Choice(full.get().username(), "passt, aber alle Passenden sind voll");
        }
        return agents.stream().min(leastBusy)
                .map(a -> new Choice(a.username(), "niemand mit passenden Fähigkeiten")).orElse(null);
    }

    /** A team lead gives the case to {@code agent}. */
    @Transactional
    public void assign(CaseId id, String agent, Actor actor) {
        InputCheck check = new InputCheck();
        String who = check.required("agent", agent, 100);
        check.throwIfInvalid();
        CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        if (!staff.isActiveStaff(who)) {
            throw new InvalidInputException(List.of(FieldViolation.coded("agent", "notActiveStaff",
                    "is not an active staff account", who)));
        }
        if (row.status() == CaseStatus.CLOSED) {
            throw ConflictException.coded("caseClosed", "The case is closed already.");
        }
        change(row, who, actor, "Zugewiesen an " + who);
    }

    /** Moves every open case of {@code absent} to the other case workers, the least busy first; returns how many. */
    @Transactional
    public int moveQueue(String absent, Actor actor) {
        InputCheck check = new InputCheck();
        String who = check.required("agent", absent, 100);
        check.throwIfInvalid();
        List<String> others = staff.activeAgents().stream().filter(a -> !a.equals(who)).toList();
        if (others.isEmpty()) {
            throw ConflictException.coded("noOtherAgent", "There is no other active case worker to take the cases.");
        }
        int moved = 0;
        Map<String, Long> load = new HashMap<>(cases.openCountsOf(others));
        for (CaseRow row : cases.openCasesOf(who)) {
            String to = leastBusy(others, load);
            load.merge(to, 1L, Long::sum);
            change(row, to, actor, "Von " + who + " an " + to + " übergeben (Abwesenheit)");
            moved++;
        }
        return moved;
    }

    private String leastBusy(List<String> agents, Map<String, Long> known) {
        if (agents.isEmpty()) {
            return null;
        }
        Map<String, Long> load = known != null ? known : cases.openCountsOf(agents);
        return agents.stream().min(Comparator.comparingLong((String a) -> load.getOrDefault(a, 0L))
                .thenComparing(Comparator.naturalOrder())).orElse(null);
    }

    private void change(CaseRow row, String to, Actor actor, String text) {
        cases.setAssignee(row.id(), to);
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "ASSIGNED", actor.label(), text));
        audit.record(new AuditEntry(row.creditorId(), "case", row.id().toString(), "case.assigned", actor,
                row.assignee() == null ? null : Map.of("assignee", row.assignee()), Map.of("assignee", to)));
    }
}
