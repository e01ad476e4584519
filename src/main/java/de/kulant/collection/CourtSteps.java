package de.kulant.collection;

import de.kulant.collection.CourtProcedures.CourtDeadlines;
import de.kulant.collection.internal.CourtStore.ProcedureRow;
import de.kulant.law.Deadlines;
import de.kulant.law.DunningCourt;
import de.kulant.law.PlaceOfPerformance;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.InputCheck;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/** Which step of a payment-order procedure may follow which, on which days, and the ZPO deadlines after service. */
final class CourtSteps {

    /** A step as recorded: the new state, the column its day goes to, and the timeline's sentence. */
    record Step(String state, String dateColumn, String sentence) {

        String text(LocalDate on) {
            return sentence.replace("{on}", on.toString());
        }
    }

    private static final Map<String, Step> STEPS = Map.of(
            "FILED", new Step("FILED", "filed_on", "Antrag auf Mahnbescheid am {on} beim Mahngericht eingereicht"),
            "SERVED", new Step("SERVED", "served_on", "Mahnbescheid am {on} zugestellt; die Verjährung ist gehemmt "
                    + "(§ 204 Abs. 1 Nr. 3 BGB); Widerspruch binnen zwei Wochen möglich (§ 692 ZPO)"),
            "OBJECTED", new Step("OBJECTED", "objected_on", "Widerspruch gegen den Mahnbescheid am {on}; der Fall "
                    + "geht an die Sachbearbeitung (Einwand)"),
            "ENFORCEMENT_APPLIED", new Step("ENFORCEMENT_APPLIED", "enforcement_applied_on",
                    "Vollstreckungsbescheid am {on} beantragt (§ 699 ZPO)"),
            "ENFORCEMENT_ORDER", new Step("ENFORCEMENT_ORDER", "enforcement_order_on", "Vollstreckungsbescheid am "
                    + "{on} erlassen: ein Titel, Verjährung 30 Jahre (§ 197 Abs. 1 Nr. 3 BGB)"),
            "WITHDRAWN", new Step("WITHDRAWN", "withdrawn_on", "Mahnverfahren am {on} zurückgenommen; der Fall läuft "
                    + "weiter"));

    /** From which states each step may be taken. */
    private static final Map<String, List<String>> FROM = Map.of(
            "FILED", List.of("PREPARED"),
            "SERVED", List.of("FILED"),
            "OBJECTED", List.of("SERVED", "ENFORCEMENT_APPLIED"),
            "ENFORCEMENT_APPLIED", List.of("SERVED"),
            "ENFORCEMENT_ORDER", List.of("SERVED", "ENFORCEMENT_APPLIED"),
            "WITHDRAWN", List.of("PREPARED", "FILED", "SERVED", "ENFORCEMENT_APPLIED"));

    private CourtSteps() {
    }

    /** The step, or violations on {@code check} when it cannot follow the procedure's state on that day. */
    static Step check(ProcedureRow p, String state, LocalDate on, CourtDeadlines deadlines, InputCheck check) {
        Step step = STEPS.get(state);
        if (step == null) {
            check.violation("state", "unknownValue", "must be one of FILED, SERVED, OBJECTED, ENFORCEMENT_APPLIED, "
                    + "ENFORCEMENT_ORDER, WITHDRAWN", state);
            return null;
        }
        if (!FROM.get(state).contains(p.state())) {
            check.violation("state", "courtStepOrder", state + " cannot follow " + p.state() + " (it follows "
                    + String.join(" or ", FROM.get(state)) + ")", state, p.state());
            return step;
        }
        LocalDate last = lastDay(p);
        if (on.isBefore(last)) {
            check.violation("on", "courtStepBefore", "must not lie before " + last + ", the day of the step before",
                    last);
        } else if (state.equals("ENFORCEMENT_APPLIED") || state.equals("ENFORCEMENT_ORDER") && p.state().equals("SERVED")) {
            if (on.isBefore(deadlines.enforcementFrom())) {
                check.violation("on", "courtObjectionRuns", "the debtor may object through "
                        + deadlines.objectionEnds() + " (§692 Abs. 1 Nr. 3 ZPO); an enforcement order can be applied "
                        + "for from " + deadlines.enforcementFrom(), deadlines.objectionEnds(),
                        deadlines.enforcementFrom());
            } else if (on.isAfter(deadlines.enforcementBy())) {
                check.violation("on", "courtOrderLapsed", "the payment order lapsed after "
                        + deadlines.enforcementBy() + " without an application for enforcement (§701 ZPO)",
                        deadlines.enforcementBy());
            }
        }
        return step;
    }

    private static LocalDate lastDay(ProcedureRow p) {
        LocalDate last = BusinessDates.dayOf(p.createdAt());
        for (LocalDate day : new LocalDate[] {p.filedOn(), p.servedOn(), p.objectedOn(), p.enforcementAppliedOn(),
                p.enforcementOrderOn()}) {
            if (day != null && day.isAfter(last)) {
                last = day;
            }
        }
        return last;
    }

    /** §692 Abs. 1 Nr. 3, §699 Abs. 1 Satz 2, §701 ZPO with §222 ZPO: periods from service at the court's seat. */
    static CourtDeadlines deadlines(Deadlines deadlines, DunningCourt court, LocalDate servedOn) {
        PlaceOfPerformance seat = PlaceOfPerformance.of(court.seat());
        LocalDate objectionEnds = deadlines.endOfPeriod(servedOn, Period.ofWeeks(2), seat);
        return new CourtDeadlines(objectionEnds, objectionEnds.plusDays(1),
                deadlines.endOfPeriod(servedOn, Period.ofMonths(6), seat));
    }
}
