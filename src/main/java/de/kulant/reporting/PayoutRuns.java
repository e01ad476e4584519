package de.kulant.reporting;

import de.kulant.claims.CollectedMoney;
import de.kulant.claims.CollectedMoney.DayTotal;
import de.kulant.collection.CollectionProperties;
import de.kulant.creditors.Commission;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditTransferFile;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import de.kulant.reporting.internal.PayoutStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settlement run: for a month that is over, one statement per shop for which the agency collected money (or
 * money came back) since the last run, and one pain.001.001.09 file paying out every positive statement from the
 * agency's client-money account. Runs go one after the other and never back in time; a run is all or nothing.
 */
@Service
public class PayoutRuns {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final PayoutStore store;
    private final CollectedMoney collected;
    private final Creditors creditors;
    private final CollectionProperties collection;
    private final AuditTrail audit;
    private final Clock clock;

    PayoutRuns(PayoutStore store, CollectedMoney collected, Creditors creditors,
                   CollectionProperties collection, AuditTrail audit, Clock clock) {
        this.store = store;
        this.collected = collected;
        this.creditors = creditors;
        this.collection = collection;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a run made: the run, its statements in number order and its payout file (null when nothing is paid). */
    public record Result(PayoutRun run, List<PayoutStatement> statements, String payoutDocument) {
    }

    /** The month before today, unless a run has settled it (or a later one) already: the monthly run. */
    @Transactional
    public java.util.Optional<Result> settleLastMonth(Actor actor) {
        YearMonth last = YearMonth.from(BusinessDates.today(clock)).minusMonths(1);
        store.lock();
        if (store.latestRun().map(r -> !r.period().isBefore(last)).orElse(false)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(run(last.toString(), actor));
    }

    /** {@code month} as typed ({@code 2026-11}); 422 when it is malformed or not over yet. */
    @Transactional
    public Result run(String month, Actor actor) {
        YearMonth period = month(month);
        store.lock();
        LocalDate periodEnd = period.atEndOfMonth();
        var latest = store.latestRun();
        if (latest.isPresent() && latest.get().periodEnd().isAfter(periodEnd)) {
            throw ConflictException.coded("settledLater", "Statements through " + latest.get().periodEnd()
                    + " are issued already; a run cannot go back to " + period + ".", latest.get().periodEnd(), period);
        }
        UUID id = Ids.next();
        int number = latest.map(r -> r.number() + 1).orElse(1);
        Instant now = clock.instant();
        Map<CreditorId, List<DayTotal>> byCreditor = new LinkedHashMap<>();
        collected.take(id, periodEnd).forEach(t -> byCreditor.computeIfAbsent(t.creditor(), c -> new ArrayList<>()).add(t));
        var shops = creditors.findAll(byCreditor.keySet());
        var commissions = creditors.commissions(byCreditor.keySet());
        var carried = store.carried(byCreditor.keySet());
        List<PayoutStatement> statements = new ArrayList<>();
        List<CreditTransferFile.Transfer> transfers = new ArrayList<>();
        var ordered = byCreditor.keySet().stream().sorted(Comparator.comparing((CreditorId c) -> shops.get(c).name())
                .thenComparing(CreditorId::value)).toList();
        for (var creditorId : ordered) {
            Creditor shop = shops.get(creditorId);
            StatementAmounts amounts = amounts(byCreditor.get(creditorId), commissions.get(creditorId),
                    carried.getOrDefault(creditorId, Money.zeroEur()));
            String statementNumber = String.format("KA-%04d-%05d", number, statements.size() + 1);
            int lines = byCreditor.get(creditorId).stream().mapToInt(DayTotal::lines).sum();
            boolean paid = amounts.payout().isPositive();
            statements.add(new PayoutStatement(Ids.next(), id, creditorId, statementNumber, period, periodEnd, lines,
                    amounts, shop.name(), shop.iban(), shop.bic(), paid ? statementNumber : null, now,
                    commissions.get(creditorId).waivedUntil()));
            if (paid) {
                transfers.add(new CreditTransferFile.Transfer(statementNumber, shop.name(), shop.iban(),
                        amounts.payout().amount(), "Kulant Abrechnung " + statementNumber + " " + period));
            }
        }
        Money total = statements.stream().map(s -> s.amounts().payout()).reduce(Money.zeroEur(), Money::plus);
        String messageId = transfers.isEmpty() ? null : String.format("KULANT-KA-%04d", number);
        String document = null;
        if (!transfers.isEmpty()) {
            CollectionProperties.Agency agency = collection.agency();
            document = CreditTransferFile.write(new CreditTransferFile.Order(messageId,
                    now.atOffset(ZoneOffset.UTC).withNano(0), agency.name(), agency.iban(), agency.bic(),
                    BusinessDates.today(clock)), transfers);
        }
        PayoutRun run = new PayoutRun(id, number, period, periodEnd, statements.size(), transfers.size(), total,
                messageId, now, actor.label());
        store.insertRun(run, document);
        store.insertStatements(statements);
        audit.record(new AuditEntry(null, "settlement-run", id.toString(), "settlement-run.created", actor, null,
                Map.of("period", period.toString(), "statements", statements.size(), "payouts", transfers.size(),
                        "total", total.toPlainString())));
        return new Result(run, statements, document);
    }

    private static StatementAmounts amounts(List<DayTotal> days, Commission commission, Money carriedIn) {
        Money principal = Money.zeroEur();
        Money interest = Money.zeroEur();
        Money fees = Money.zeroEur();
        Money costs = Money.zeroEur();
        Money base = Money.zeroEur();
        for (DayTotal day : days) {
            principal = principal.plus(day.principal());
            interest = interest.plus(day.interest());
            fees = fees.plus(day.fees());
            costs = costs.plus(day.costs());
            if (!commission.waivedOn(day.paidOn())) {
                base = base.plus(day.principal()).plus(day.interest());
            }
        }
        return StatementAmounts.of(principal, interest, fees, costs, base, commission.percent(), carriedIn);
    }

    private YearMonth month(String typed) {
        YearMonth period;
        try {
            period = typed != null && MONTH.matcher(typed.strip()).matches() ? YearMonth.parse(typed.strip()) : null;
        } catch (DateTimeParseException e) {
            period = null;
        }
        if (period == null) {
            throw new InvalidInputException(List.of(FieldViolation.coded("month", "monthFormat",
                    "must be a month as YYYY-MM, e.g. 2026-11", typed)));
        }
        if (!period.atEndOfMonth().isBefore(BusinessDates.today(clock))) {
            throw new InvalidInputException(List.of(FieldViolation.coded("month", "monthNotOver",
                    "must be a month that is over; statements cover whole months", period)));
        }
        return period;
    }
}
