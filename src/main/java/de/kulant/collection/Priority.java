package de.kulant.collection;

import de.kulant.platform.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's place in the work queue, with its reasons so a case worker sees why: amount (1 point per 50 EUR open, at
 * most 30), age (1 point per week open, at most 20), a promise due today (+40), a promise broken (+50), limitation
 * ending within 90 days (+30), a call or review the strategy asks for (+35), a payment the bank returned (+45), a
 * message from the debtor not answered yet (+40), a plan ended by a second missed rate (+50), a payment order whose
 * objection period is over or whose six months run out within 30 days (+40), hardship (+15, a careful
 * personal call); waiting for a promise, a running plan, a pause or a settlement offer (−50) or for the creditor's evidence in a dispute
 * (−100) pushes a case down.
 */
public record Priority(int score, List<Reason> reasons) {

    /** One reason and the points it adds. */
    public record Reason(String code, int points) {
    }

    /** What the score is computed from. */
    record Facts(Money outstanding, long daysOpen, boolean promiseDueToday, boolean promiseRunning, boolean promiseBroken,
                 boolean limitationNear, boolean hardship, boolean disputed, boolean taskDue, boolean paymentReturned,
                 boolean messageWaiting, boolean planRunning, boolean planDefaulted, boolean paused,
                 boolean offerRunning, boolean courtActionDue) {
    }

    static Priority of(Facts f) {
        List<Reason> reasons = new ArrayList<>();
        int amount = (int) Math.min(30, f.outstanding().cents() / 5_000);
        add(reasons, "AMOUNT", amount);
        add(reasons, "AGE", (int) Math.min(20, f.daysOpen() / 7));
        if (f.promiseDueToday()) {
            add(reasons, "PROMISE_DUE_TODAY", 40);
        } else if (f.promiseRunning()) {
            add(reasons, "WAITING_FOR_PROMISE", -50);
        }
        if (f.promiseBroken()) {
            add(reasons, "PROMISE_BROKEN", 50);
        }
        if (f.planDefaulted()) {
            add(reasons, "PLAN_DEFAULTED", 50);
        } else if (f.planRunning()) {
            add(reasons, "WAITING_FOR_PLAN", -50);
        }
        if (f.paused()) {
            add(reasons, "WAITING_FOR_PAUSE", -50);
        }
        if (f.offerRunning()) {
            add(reasons, "WAITING_FOR_SETTLEMENT", -50);
        }
        if (f.courtActionDue()) {
            add(reasons, "COURT_ACTION_DUE", 40);
        }
        if (f.limitationNear()) {
            add(reasons, "LIMITATION_NEAR", 30);
        }
        if (f.taskDue()) {
            add(reasons, "TASK_DUE", 35);
        }
        if (f.messageWaiting()) {
            add(reasons, "NEW_MESSAGE", 40);
        }
        if (f.paymentReturned()) {
            add(reasons, "PAYMENT_RETURNED", 45);
        }
        if (f.hardship()) {
            add(reasons, "HARDSHIP", 15);
        }
        if (f.disputed()) {
            add(reasons, "WAITING_FOR_EVIDENCE", -100);
        }
        return new Priority(reasons.stream().mapToInt(Reason::points).sum(), List.copyOf(reasons));
    }

    private static void add(List<Reason> reasons, String code, int points) {
        if (points != 0) {
            reasons.add(new Reason(code, points));
        }
    }

    /** As stored: {@code "PROMISE_BROKEN:50 AMOUNT:12"}. */
    String stored() {
        return String.join(" ", reasons.stream().map(r -> r.code() + ":" + r.points()).toList());
    }

    static Priority parse(int score, String stored) {
        List<Reason> reasons = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (String part : stored.trim().split(" ")) {
                int cut = part.lastIndexOf(':');
                reasons.add(new Reason(part.substring(0, cut), Integer.parseInt(part.substring(cut + 1))));
            }
        }
        return new Priority(score, List.copyOf(reasons));
    }
}
