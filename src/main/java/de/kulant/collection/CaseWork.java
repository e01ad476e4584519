package de.kulant.collection;

import de.kulant.claims.DebtorContacts;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.StrategyStore;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case worker's calls and notes on the timeline; a call that reveals hardship flags the case, and either answers the
 * call or review the strategy asked for.
 */
@Service
public class CaseWork {

    /** What came of a call. */
    public static final List<String> OUTCOMES = List.of("REACHED", "NOT_REACHED", "WRONG_NUMBER", "PROMISED",
            "DISPUTES", "HARDSHIP");

    /** A case worker's call or note, or a message from the debtor (a letter, an e-mail) recorded on the case. */
    private static final List<String> KINDS = List.of("CALL", "NOTE", "MESSAGE");

    private final CaseStore cases;
    private final ActivityStore activities;
    private final CasePriorities priorities;
    private final StrategyStore strategies;
    private final DebtorContacts contacts;
    private final Clock clock;

    CaseWork(CaseStore cases, ActivityStore activities, CasePriorities priorities,
             StrategyStore strategies, DebtorContacts contacts, Clock clock) {
        this.contacts = contacts;
        this.strategies = strategies;
        this.cases = cases;
        this.activities = activities;
        this.priorities = priorities;
        this.clock = clock;
    }

    /** Records how the debtor of the case wants to be written to (EMAIL, LETTER, or empty for no preference). */
    @Transactional
    public void choosePreferredChannel(CaseId id, String channel, Actor actor) {
        CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        contacts.choosePreferredChannel(row.creditorId(), row.debtorId(), channel, actor);
        String chosen = channel == null || channel.isBlank() ? "keine Angabe" : channel.strip().toUpperCase(Locale.ROOT);
        activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "NOTE", actor.label(),
                "Gewünschter Weg für Schreiben: " + chosen));
    }

    @Transactional
    public CaseActivity log(CreditorId creditor, CaseId id, String kindText, String outcomeText, String text,
                            Actor actor) {
        InputCheck check = new InputCheck();
        String kind = check.required("kind", kindText, 10);
        String outcome = check.optional("outcome", outcomeText, 20);
        String words = check.optional("text", text, 4000);
        if (kind != null) {
            kind = kind.toUpperCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                check.violation("kind", "unknownValue", "must be CALL, NOTE or MESSAGE", kindText);
            } else if (kind.equals("CALL") && outcome == null) {
                check.violation("outcome", "required", "is required for a call");
            } else if (!kind.equals("CALL") && (text == null || text.isBlank())) {
                check.violation("text", "required", "is required");
            }
        }
        if (outcome != null) {
            outcome = outcome.toUpperCase(Locale.ROOT);
            if (!OUTCOMES.contains(outcome)) {
                check.violation("outcome", "unknownValue", "must be one of " + String.join(", ", OUTCOMES), outcomeText);
            }
        }
        check.throwIfInvalid();
        CaseRow row = cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        CaseActivity activity = new CaseActivity(Ids.next(), id, clock.instant(), kind, actor.label(),
                kind.equals("CALL") ? outcome : null, words);
        activities.add(row.creditorId(), activity);
        if ("HARDSHIP".equals(outcome)) {
            cases.setHardship(id, true);
        }
        if (kind.equals("MESSAGE")) {
            // the debtor wrote: the case rises until a case worker answers with a call, a note or a letter
            cases.mark(CaseStore.Mark.MESSAGE_WAITING, List.of(id), BusinessDates.today(clock));
        } else {
            // a call or a note answers the task the strategy left, a message, and shows a returned payment was seen
            strategies.setTask(id, null, null);
            cases.mark(CaseStore.Mark.PAYMENT_RETURNED, List.of(id), null);
            cases.mark(CaseStore.Mark.MESSAGE_WAITING, List.of(id), null);
        }
        priorities.refresh(id);
        return activity;
    }
}
