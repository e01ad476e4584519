package de.kulant.portal;

import de.kulant.claims.DebtorContacts;
import de.kulant.collection.CaseFiles;
import de.kulant.collection.CaseId;
import de.kulant.collection.CaseWork;
import de.kulant.collection.Deferrals;
import de.kulant.collection.Disputes;
import de.kulant.collection.InstalmentPlans;
import de.kulant.collection.PortalCases;
import de.kulant.law.TargetCalendar;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a debtor asks for in the portal, each all or nothing: a direct debit of the whole amount, a plan or a pause,
 * a dispute with its evidence, new contact data, a payment they say they made, a message. Each lands on the timeline
 * and raises the case for its case worker.
 */
@Service
public class DebtorRequests {

    /** A message to the case worker, as long as the timeline keeps it. */
    public static final int MESSAGE_LENGTH = 4000;

    private final PortalCases cases;
    private final InstalmentPlans plans;
    private final Deferrals deferrals;
    private final Disputes disputes;
    private final CaseFiles files;
    private final CaseWork work;
    private final DebtorContacts contacts;
    private final Clock clock;

    DebtorRequests(PortalCases cases, InstalmentPlans plans, Deferrals deferrals, Disputes disputes, CaseFiles files,
                   CaseWork work, DebtorContacts contacts, Clock clock) {
        this.cases = cases;
        this.plans = plans;
        this.deferrals = deferrals;
        this.disputes = disputes;
        this.files = files;
        this.work = work;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** The day a direct debit given today is collected: two TARGET business days ahead, the file going in D-1. */
    public LocalDate debitDay() {
        LocalDate today = BusinessDates.today(clock);
        return TargetCalendar.nextBusinessDay(TargetCalendar.nextBusinessDay(today));
    }

    /** A SEPA mandate for the whole open amount, collected with the next direct-debit file. */
    @Transactional
    public InstalmentPlans.PlanView debitInFull(CaseId id, String iban, String holder, boolean consent, Actor actor) {
        InputCheck check = new InputCheck().nested("directDebit");
        check.iban("iban", iban);
        check.required("accountHolder", holder, 70);
        if (!consent) {
            check.violation("consent", "consentMissing", "must be confirmed");
        }
        check.throwIfInvalid();
        LocalDate today = BusinessDates.today(clock);
        String mandate = "KUL" + actor.name().replace("-", "") + "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE);
        InstalmentPlans.PlanView plan = plans.debitInFull(id, new InstalmentPlans.DirectDebit(iban, mandate,
                today.toString(), holder.strip()), debitDay(), actor);
        cases.record(id, "direct-debit", "Lastschriftmandat " + mandate + " im Portal erteilt für "
                + plan.amount().toPlainString() + " EUR, Einzug am " + plan.firstDueOn(), true, actor);
        return plan;
    }

    /** A plan: within the creditor's rules it runs at once, beyond them it waits for the creditor as a request. */
    @Transactional
    public InstalmentPlans.PlanView plan(CaseId id, Integer instalments, String firstDueOn, Actor actor,
                                         Locale locale) {
        InstalmentPlans.PlanView plan = plans.agree(null, id, new InstalmentPlans.Request(instalments, "MONTHLY",
                firstDueOn, null, null), actor, locale);
        boolean agreed = plan.status().equals("ACTIVE");
        cases.record(id, agreed ? "plan-agreed" : "plan-requested", (agreed ? "Ratenplan im Portal vereinbart: "
                : "Ratenplan im Portal erbeten (über den Regeln): ") + plan.instalments() + " Raten, zusammen "
                + plan.amount().toPlainString() + " EUR", true, actor);
        return plan;
    }

    /** A pause within the creditor's rules. */
    @Transactional
    public void pause(CaseId id, String until, String reason, Actor actor) {
        deferrals.pause(null, id, until, reason, actor);
        cases.record(id, "pause-agreed", "Zahlungspause im Portal vereinbart bis " + until.strip(), true, actor);
    }

    /** A wish the rules do not allow (a longer pause, say), sent to the case worker to decide. */
    @Transactional
    public void ask(CaseId id, String what, String text, Actor actor) {
        InputCheck check = new InputCheck();
        String words = check.required("text", text, MESSAGE_LENGTH);
        check.throwIfInvalid();
        cases.record(id, "request", what + ": " + words, true, actor);
    }

    /** A dispute of the claim or a part of it, with its evidence: every automatic step stops at once. */
    @Transactional
    public void dispute(CaseId id, String reason, String invoice, String amountText, String text,
                        List<CaseFiles.Upload> uploads, Actor actor, Locale locale) {
        InputCheck check = InputCheck.typedBy(locale);
        String words = check.required("text", text, 3000);
        Money part = amountText == null || amountText.isBlank() ? null
                : check.amount("amount", amountText, Money.eur("10000000.00"));
        String which = check.optional("invoice", invoice, 60);
        // the files are checked and stored first, with the form's other refusals; a refused dispute rolls them back
        files.add(id, "EVIDENCE", uploads, actor, check.violations());
        String full = (which == null ? "" : "Rechnung " + which + ": ")
                + (part == null ? "" : "bestritten sind " + part.toPlainString() + " EUR. ") + (words == null ? "" : words);
        disputes.open(null, id, reason, full, actor);
        cases.record(id, "dispute", "Einwand im Portal erhoben" + (uploads.isEmpty() ? ""
                : " mit " + uploads.size() + " Beleg(en)"), true, actor);
    }

    /** The debtor says they paid already, with the day, the amount and proof. */
    @Transactional
    public void alreadyPaid(CaseId id, String paidOnText, String amountText, String note,
                            List<CaseFiles.Upload> uploads, Actor actor, Locale locale) {
        InputCheck check = InputCheck.typedBy(locale);
        LocalDate paidOn = check.date("paidOn", paidOnText, true);
        if (paidOn != null && paidOn.isAfter(BusinessDates.today(clock))) {
            check.violation("paidOn", "future", "must not be in the future");
        }
        Money amount = check.amount("amount", amountText, Money.eur("10000000.00"));
        String words = check.optional("note", note, 1000);
        files.add(id, "PROOF_OF_PAYMENT", uploads, actor, check.violations());
        cases.record(id, "already-paid", "Schuldner gibt an, bereits bezahlt zu haben: " + amount.toPlainString()
                + " EUR am " + paidOn + (words == null ? "" : " – " + words) + "; bitte Zahlungseingang prüfen", true,
                actor);
    }

    /** New contact data for the debtor, and how they want to be written to. */
    @Transactional
    public void contact(CaseId id, DebtorContacts.ContactChange change, String channel, Actor actor) {
        var parties = cases.parties(id);
        contacts.change(parties.creditor(), parties.claims().get(0), change, actor);
        if (channel != null && !channel.isBlank()) {
            String chosen = channel.strip().toUpperCase(Locale.ROOT);
            if (!chosen.equals("EMAIL") && !chosen.equals("LETTER")) {
                throw new InvalidInputException(List.of(FieldViolation.coded("channel", "unknownValue",
                        "must be EMAIL or LETTER", channel)));
            }
            work.choosePreferredChannel(id, chosen, actor);
        }
        cases.record(id, "contact-changed", "Kontaktdaten im Portal geändert", true, actor);
    }

    /** A message to the case worker, on the timeline. */
    @Transactional
    public void message(CaseId id, String text, Actor actor) {
        work.log(null, id, "MESSAGE", null, text, actor);
        cases.record(id, "message", "Nachricht im Portal geschrieben", false, actor);
    }
}
