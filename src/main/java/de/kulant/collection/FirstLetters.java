package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.correspondence.CaseLetter;
import de.kulant.correspondence.CaseLetters;
import de.kulant.platform.Actor;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The first demand of a case (and again when a claim joins it): every claim of the case with its amounts, every cost
 * line with its basis, the creditor, the agency with its supervisory authority, the Art. 14 GDPR information and the
 * portal access — queued for correspondence, which writes it when it is sent.
 */
@Component
class FirstLetters {

    private final CaseStore cases;
    private final CaseCharging charging;
    private final ActivityStore activities;
    private final CaseLetters letters;
    private final PortalAccess portal;
    private final CollectionProperties properties;
    private final Clock clock;

    FirstLetters(CaseStore cases, CaseCharging charging, ActivityStore activities, CaseLetters letters,
                 PortalAccess portal, CollectionProperties properties, Clock clock) {
        this.cases = cases;
        this.charging = charging;
        this.activities = activities;
        this.letters = letters;
        this.portal = portal;
        this.properties = properties;
        this.clock = clock;
    }

    void queue(CaseRow row, LocalDate on, Actor actor) {
        write(row, on, "FIRST", false, actor);
    }

    /** A later letter of the strategy (a reminder), on paper, or by e-mail alone when {@code emailOnly}. */
    void queueReminder(CaseRow row, LocalDate on, boolean emailOnly, Actor actor) {
        write(row, on, "REMINDER", emailOnly, actor);
    }

    /** A reminder as it would go out today in {@code language} (null: by the debtor's country), as PDF. */
    byte[] preview(CaseRow row, LocalDate on, String language) {
        return letters.preview(build(row, on, "REMINDER", language, null));
    }

    /** A reminder a case worker sends by hand, in the language chosen, on paper or by e-mail alone. */
    void send(CaseRow row, LocalDate on, String language, boolean emailOnly, Actor actor) {
        write(row, on, "REMINDER", language, emailOnly, actor);
    }

    private void write(CaseRow row, LocalDate on, String kind, boolean emailOnly, Actor actor) {
        write(row, on, kind, null, emailOnly, actor);
    }

    private void write(CaseRow row, LocalDate on, String kind, String language, boolean emailOnly, Actor actor) {
        Money raised = null;
        CaseRow now = cases.find(row.creditorId(), row.id()).orElseThrow();
        LocalDate payBy = on.plusDays(properties.firstLetterDays());
        if (kind.equals("FIRST") && CaseCharging.prompt(now) && !cases.costs(row.id()).isEmpty()) {
            // the debtor is told what the costs become if the first demand goes unanswered
            var regular = charging.maximum(now, false);
            raised = regular == null ? null : regular.total();
            cases.setFirstDemandUntil(row.id(), payBy);
        }
        CaseLetter letter = build(row, on, kind, language, raised);
        // the first letter goes on paper and by e-mail; a reminder one way
        boolean first = kind.equals("FIRST");
        boolean paper = letters.queue(letter, first || !emailOnly, first || emailOnly);
        Money total = letter.costs().stream().map(CaseLetter.CostItem::amount).reduce(Money.zeroEur(), Money::plus);
        String what = kind.equals("FIRST") ? "Erstes Schreiben (§ 13a RDG)" : paper ? "Erinnerungsschreiben"
                : "Erinnerung per E-Mail";
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), paper ? "LETTER" : "EMAIL",
                actor.label(), what + " zum Versand vorgemerkt, Zahlungsziel " + payBy + ", Inkassokosten "
                        + total.toPlainString() + " EUR"));
    }

    private CaseLetter build(CaseRow row, LocalDate on, String kind, String language, Money raised) {
        List<ClaimId> claims = cases.members(row.id()).stream().map(CaseStore.Member::claim).toList();
        Map<List<Object>, CaseLetter.CostItem> costs = new LinkedHashMap<>();
        for (CaseStore.CostRow c : cases.costs(row.id())) {
            // a line charged in steps (a claim joined later) is shown once per claim, with its whole amount
            costs.merge(List.of(c.claim(), c.code()), new CaseLetter.CostItem(c.claim(), c.labelDe(), c.labelEn(),
                    c.amount(), c.basis()), (a, b) -> new CaseLetter.CostItem(a.claimId(), b.labelDe(), b.labelEn(),
                    a.amount().plus(b.amount()), b.basis()));
        }
        List<CaseLetter.CostItem> lines = new ArrayList<>();
        costs.values().stream().filter(c -> !c.amount().isZero()).forEach(lines::add);
        CollectionProperties.Agency a = properties.agency();
        String code = portal.codeFor(row.id());
        // reference and code use only letters, digits and dashes: nothing to escape
        String url = properties.portalUrl() + (properties.portalUrl().contains("?") ? "&" : "?") + "reference="
                + row.reference().value() + "&code=" + code;
        return new CaseLetter(Ids.next(), row.creditorId(), row.debtorId(), kind, on,
                on.plusDays(properties.firstLetterDays()),
                new CaseLetter.Agency(a.name(), a.street(), a.postalCode(), a.city(), a.email(), a.phone(), a.register(),
                        a.supervisoryAuthority(), a.privacyContact()),
                row.reference().value(), code, url, claims, lines, raised, false, language);
    }
}
