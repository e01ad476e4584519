package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.AgreementRuleStore;
import de.kulant.collection.internal.BureauNoticeStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CostStore;
import de.kulant.correspondence.CaseLetter;
import de.kulant.correspondence.CaseLetters;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The first demand of a case (and again when a claim joins it): every claim of the case with its amounts, every cost
 * line with its basis, the creditor, the agency with its supervisory authority, the Art. 14 GDPR information and the
 * portal access — queued for correspondence, which writes it when it is sent. A chunk of cases takes a fixed number of
 * statements.
 */
@Component
class FirstLetters {

    private final CaseStore cases;
    private final CostStore costs;
    private final CaseCharging charging;
    private final ActivityStore activities;
    private final CaseLetters letters;
    private final PortalAccess portal;
    private final CollectionProperties properties;
    private final AgreementRuleStore rules;
    private final BureauNoticeStore bureauNotices;
    private final SendTimes sendTimes;
    private final Clock clock;

    FirstLetters(CaseStore cases, CostStore costs, CaseCharging charging, ActivityStore activities,
                 CaseLetters letters, PortalAccess portal, CollectionProperties properties, AgreementRuleStore rules,
                 BureauNoticeStore bureauNotices, SendTimes sendTimes, Clock clock) {
        this.sendTimes = sendTimes;
        this.rules = rules;
        this.bureauNotices = bureauNotices;
        this.cases = cases;
        this.costs = costs;
        this.charging = charging;
        this.activities = activities;
        this.letters = letters;
        this.portal = portal;
        this.properties = properties;
        this.clock = clock;
    }

    /** The first demand of each case, dated the day given with it, on paper and by e-mail. */
    void queueFirst(Map<CaseId, LocalDate> days, Actor actor) {
        write(days, "FIRST", null, false, false, true, id -> NO_TERMS, actor);
    }

    /**
     * The letter of an instalment plan ({@code kind} PLAN: the agreement with its schedule and cost; PLAN_REMINDER: a
     * rate missed), on paper and by e-mail, so the debtor holds the terms in text form (§13a Abs. 3 RDG).
     */
    void queuePlan(CaseRow row, LocalDate on, String kind, CaseLetter.Plan plan, Actor actor) {
        queuePlans(Map.of(row.id(), plan), on, kind, actor);
    }

    /** The plan letters of many cases at once, each with its own plan, with a fixed number of statements. */
    void queuePlans(Map<CaseId, CaseLetter.Plan> plans, LocalDate on, String kind, Actor actor) {
        Map<CaseId, LocalDate> days = new LinkedHashMap<>();
        plans.keySet().forEach(id -> days.put(id, on));
        write(days, kind, null, false, false, kind.equals("PLAN_REMINDER"), id -> new Terms(plans.get(id), null, null),
                actor);
    }

    /** The letter of a settlement offer the debtor may take by paying the reduced amount by its day. */
    void queueOffer(CaseRow row, LocalDate on, CaseLetter.Offer offer, Actor actor) {
        write(Map.of(row.id(), on), "OFFER", null, false, false, false, id -> new Terms(null, offer, null), actor);
    }

    /** The confirmation of a payment pause: the open amount is due again by {@code until}. */
    void queuePause(CaseRow row, LocalDate on, LocalDate until, Actor actor) {
        write(Map.of(row.id(), on), "PAUSE", null, false, false, false, id -> new Terms(null, null, until), actor);
    }

    /** What an agreement letter states besides the claims: a plan, an offer, or the end of a pause. */
    private record Terms(CaseLetter.Plan plan, CaseLetter.Offer offer, LocalDate pauseUntil) {

        boolean agreement() {
            return plan != null || offer != null || pauseUntil != null;
        }
    }

    private static final Terms NO_TERMS = new Terms(null, null, null);

    /**
     * A later letter of the strategy (a reminder), on paper, or by e-mail alone when {@code emailOnly}; the channel the
     * debtor prefers wins.
     */
    void queueReminder(CaseRow row, LocalDate on, boolean emailOnly, Actor actor) {
        write(Map.of(row.id(), on), "REMINDER", null, emailOnly, true, true, id -> NO_TERMS, actor);
    }

    /** A reminder of {@code kind} as it would go out today in {@code language} (null: by the debtor's country), as PDF. */
    byte[] preview(CaseRow row, LocalDate on, String language, String kind) {
        return letters.preview(build(row, on, kind, language, null, NO_TERMS, cases.members(row.id()).stream()
                .map(CaseStore.Member::claim).toList(), costs.costs(row.id()), bureauFor(kind, row.creditorId())));
    }

    /** A reminder a case worker sends by hand, in the language and tone chosen, on paper or by e-mail alone. */
    void send(CaseRow row, LocalDate on, String language, String kind, boolean emailOnly, Actor actor) {
        write(Map.of(row.id(), on), kind, language, emailOnly, false, false, id -> NO_TERMS, actor);
    }

    /**
     * {@code timed}: a letter of the strategy, whose e-mail leaves at the debtor's usual hour; what a case worker sends
     * by hand and the confirmation of what the debtor just agreed leave at once.
     */
    private void write(Map<CaseId, LocalDate> days, String kind, String language, boolean emailOnly,
                       boolean debtorChooses, boolean timed, Function<CaseId, Terms> termsOf, Actor actor) {
        Map<CaseId, CaseRow> rows = cases.findAll(days.keySet());
        Map<CaseId, Instant> emailAt = timed ? sendTimes.emailAt(rows.values()) : Map.of();
        Map<CaseId, List<CaseStore.Member>> members = cases.membersOf(days.keySet());
        Map<CaseId, List<CostStore.CostRow>> charged = costs.costsOf(days.keySet());
        boolean first = kind.equals("FIRST");
        Map<CaseId, Money> raised = new HashMap<>();
        if (first) {
            // the debtor is told what the costs become if the first demand goes unanswered
            List<CaseRow> prompt = rows.values().stream()
                    .filter(r -> CaseCharging.prompt(r) && charged.containsKey(r.id())).toList();
            charging.maximum(prompt, false).forEach((id, regular) -> raised.put(id, regular.total()));
            Map<CaseId, LocalDate> payBy = new LinkedHashMap<>();
            prompt.forEach(r -> payBy.put(r.id(), days.get(r.id()).plusDays(properties.firstLetterDays())));
            cases.setEach("first_demand_until", "date", payBy);
        }
        List<CaseLetters.Request> requests = new ArrayList<>();
        Map<UUID, CaseRow> byLetter = new HashMap<>();
        Map<CreditorId, Optional<String>> bureaus = new HashMap<>();
        Map<UUID, Terms> termsByLetter = new HashMap<>();
        for (CaseRow row : rows.values()) {
            Terms terms = termsOf.apply(row.id());
            CaseLetter letter = build(row, days.get(row.id()), kind, language, raised.get(row.id()), terms,
                    members.getOrDefault(row.id(), List.of()).stream().map(CaseStore.Member::claim).toList(),
                    charged.getOrDefault(row.id(), List.of()), bureaus.computeIfAbsent(row.creditorId(),
                            creditor -> Optional.ofNullable(bureauFor(kind, creditor))).orElse(null));
            // the first letter and an agreement's letters go on paper and by e-mail; a reminder one way
            boolean both = first || terms.agreement();
            requests.add(new CaseLetters.Request(letter, both || !emailOnly, both || emailOnly, debtorChooses,
                    emailAt.get(row.id())));
            byLetter.put(letter.id(), row);
            termsByLetter.put(letter.id(), terms);
        }
        Set<UUID> paper = letters.queueAll(requests);
        Instant now = clock.instant();
        List<ActivityStore.Logged> logged = new ArrayList<>();
        for (CaseLetters.Request request : requests) {
            CaseLetter letter = request.letter();
            CaseRow row = byLetter.get(letter.id());
            Terms terms = termsByLetter.get(letter.id());
            boolean onPaper = paper.contains(letter.id());
            Money total = letter.costs().stream().map(CaseLetter.CostItem::amount).reduce(Money.zeroEur(), Money::plus);
            String what = first ? "Erstes Schreiben (§ 13a RDG)" : kind.equals("PLAN") ? "Ratenplan mit Kostenangabe"
                    : kind.equals("DEBIT") ? "Bestätigung der Lastschrift"
                    : kind.equals("PLAN_REMINDER") ? "Erinnerung an eine offene Rate"
                    : kind.equals("OFFER") ? "Vergleichsangebot" : kind.equals("PAUSE") ? "Bestätigung der Zahlungspause"
                    : onPaper ? "Erinnerungsschreiben"
                    : "Erinnerung per E-Mail";
            logged.add(new ActivityStore.Logged(row.creditorId(), ActivityStore.entry(row.id(), now,
                    onPaper ? "LETTER" : "EMAIL", actor.label(), what + " zum Versand vorgemerkt"
                            + (terms.plan() != null || terms.offer() != null ? "" : ", Zahlungsziel " + letter.payBy()) + ", Inkassokosten "
                            + total.toPlainString() + " EUR")));
        }
        activities.addAll(logged);
        Map<CaseId, LocalDate> told = new HashMap<>();
        requests.stream().filter(r -> r.letter().creditBureau() != null)
                .forEach(r -> told.put(byLetter.get(r.letter().id()).id(), r.letter().date()));
        bureauNotices.markTold(told);
    }

    /** §31 Abs. 2 BDSG criteria: a demand tells the debtor of a possible report, an agreement's letter never does. */
    private String bureauFor(String kind, CreditorId creditor) {
        boolean demand = kind.equals("FIRST") || kind.equals("REMINDER") || kind.startsWith("REMINDER_");
        return demand ? rules.find(creditor).map(AgreementRules::creditBureau).orElse(null) : null;
    }

    private CaseLetter build(CaseRow row, LocalDate on, String kind, String language, Money raised,
                             Terms terms, List<ClaimId> claims, List<CostStore.CostRow> charged, String bureau) {

        Map<List<Object>, CaseLetter.CostItem> lines = new LinkedHashMap<>();
        for (CostStore.CostRow c : charged) {
            // a line charged in steps (a claim joined later) is shown once per claim, with its whole amount
            lines.merge(List.of(c.claim(), c.code()), new CaseLetter.CostItem(c.claim(), c.labelDe(), c.labelEn(),
                    c.amount(), c.basis()), (a, b) -> new CaseLetter.CostItem(a.claimId(), b.labelDe(), b.labelEn(),
                    a.amount().plus(b.amount()), b.basis()));
        }
        List<CaseLetter.CostItem> shown = lines.values().stream().filter(c -> !c.amount().isZero()).toList();
        CollectionProperties.Agency a = properties.agency();
        String code = portal.codeFor(row.id());
        // reference and code use only letters, digits and dashes: nothing to escape
        String url = properties.portalUrl() + (properties.portalUrl().contains("?") ? "&" : "?") + "reference="
                + row.reference().value() + "&code=" + code;
        return new CaseLetter(Ids.next(), row.creditorId(), row.debtorId(), kind, on,
                terms.pauseUntil() != null ? terms.pauseUntil() : on.plusDays(properties.firstLetterDays()),
                new CaseLetter.Agency(a.name(), a.street(), a.postalCode(), a.city(), a.email(), a.phone(), a.register(),
                        a.supervisoryAuthority(), a.privacyContact(), a.iban(), a.bic()),
                row.reference().value(), code, url, claims, shown, raised, false, language,
                terms.plan(), terms.offer(), bureau);
    }
}
