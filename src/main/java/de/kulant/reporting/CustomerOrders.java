package de.kulant.reporting;

import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CsvText;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.reporting.internal.PaidClaimStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders a shop reports for its customers (api.md, {@code POST /api/v1/customer-orders}), kept once per customer and
 * day for the retention figure. All or nothing: one wrong entry refuses the whole report, naming its position.
 */
@Service
public class CustomerOrders {

    public static final int MAX_BATCH = 10_000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final PaidClaimStore paidClaims;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerOrders(JdbcClient jdbc, BulkInsert bulk, PaidClaimStore paidClaims, TransactionTemplate transactions,
                   AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.paidClaims = paidClaims;
        this.bulk = bulk;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** One reported order as sent: raw text, checked here. */
    public record OrderInput(String customerNumber, String orderedOn) {
    }

    /** How many orders came, and how many of them were new (a customer's day reported before adds nothing). */
    public record Reported(int received, int added) {
    }

    /**
     * Orders from a CSV file with the columns {@code customerNumber} and {@code orderedOn} (any order, dates as
     * {@code dd.MM.yyyy} or ISO): all or nothing, each mistake with its line.
     */
    public Reported importCsv(CreditorId creditor, byte[] content, Actor actor) {
        CsvText.Result text = CsvText.read(content);
        if (!text.violations().isEmpty()) {
            throw new InvalidInputException(text.violations());
        }
        List<CsvText.Record> records = text.records();
        Map<String, Integer> columns = new java.util.HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (String column : List.of("customerNumber", "orderedOn")) {
            if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                violations.add(FieldViolation.coded(column, "csvColumnMissing", "the required column is missing")
                        .atLine(1));
            }
        }
        if (records.size() == 1) {
            violations.add(FieldViolation.coded("file", "csvNoOrders", "the file has a header but no orders").atLine(1));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int number = columns.get("customernumber");
        int date = columns.get("orderedon");
        List<OrderInput> orders = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CsvText.Record record : records.subList(1, records.size())) {
            List<String> f = record.fields();
            orders.add(new OrderInput(number < f.size() ? f.get(number) : null, date < f.size() ? isoDate(f.get(date))
                    : null));
            lines.add(record.line());
        }
        try {
            return report(creditor, orders, actor);
        } catch (InvalidInputException e) {
            // positions in the file are lines, not list indexes
            throw new InvalidInputException(e.violations().stream().map(v -> v.index() == null ? v
                    : new FieldViolation(v.field(), v.message(), null, lines.get(v.index()), v.code(), v.args()))
                    .toList());
        }
    }

    /** {@code 20.11.2026} becomes {@code 2026-11-20}; anything else is left to the date check. */
    private static String isoDate(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})")
                .matcher(text == null ? "" : text.strip());
        return m.matches() ? String.format("%s-%02d-%02d", m.group(3), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1))) : text;
    }

    public Reported report(CreditorId creditor, List<OrderInput> orders, Actor actor) {
        if (orders == null || orders.isEmpty()) {
            throw new InvalidInputException("orders", "send at least one order");
        }
        if (orders.size() > MAX_BATCH) {
            throw new InvalidInputException("orders", "at most " + MAX_BATCH + " orders per request, not "
                    + orders.size());
        }
        LocalDate today = BusinessDates.today(clock);
        Map<String, Object[]> checked = new LinkedHashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            OrderInput order = orders.get(i) == null ? new OrderInput(null, null) : orders.get(i);
            InputCheck check = new InputCheck();
            String number = check.required("customerNumber", order.customerNumber(), 50);
            LocalDate on = check.date("orderedOn", order.orderedOn(), true);
            if (on != null && on.isAfter(today)) {
                check.violation("orderedOn", "orderInFuture", "must not be after today (" + today + ")", today);
            } else if (on != null && on.isBefore(EARLIEST)) {
                check.violation("orderedOn", "orderTooOld", "must not be before " + EARLIEST, EARLIEST);
            }
            for (FieldViolation v : check.violations()) {
                violations.add(v.atIndex(i));
            }
            if (check.isValid()) {
                String key = number.strip().toUpperCase(Locale.ROOT);
                checked.putIfAbsent(key + "|" + on, new Object[] {number.strip(), key, on});
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.size() > 1000 ? violations.subList(0, 1000) : violations);
        }
        try {
            return store(creditor, checked, orders.size(), actor);
        } catch (DuplicateKeyException concurrent) {
            // the same customer's day reported at the same moment by another request: read it as known and go on
            return store(creditor, checked, orders.size(), actor);
        }
    }

    private Reported store(CreditorId creditor, Map<String, Object[]> checked, int received, Actor actor) {
        return transactions.execute(status -> {
            Set<String> keys = new HashSet<>();
            checked.values().forEach(o -> keys.add((String) o[1]));
            Set<String> known = new HashSet<>(jdbc.sql("select customer_key, ordered_on from customer_order where "
                            + "creditor_id = :creditor and customer_key in (:keys)").param("creditor", creditor.value())
                    .param("keys", keys).query((rs, n) -> rs.getString(1) + "|" + rs.getObject(2, LocalDate.class))
                    .list());
            Instant now = clock.instant();
            List<Object[]> rows = new ArrayList<>();
            checked.forEach((key, o) -> {
                if (!known.contains(key)) {
                    rows.add(new Object[] {Ids.next(), creditor.value(), o[0], o[1], o[2], Timestamp.from(now)});
                }
            });
            bulk.insert("customer_order", List.of("id", "creditor_id", "customer_number", "customer_key", "ordered_on",
                    "created_at"), rows);
            paidClaims.ordersArrived(creditor, rows.stream().map(r -> (String) r[3]).distinct().toList());
            audit.record(new AuditEntry(creditor, "customer-orders", creditor.toString(), "customer-orders.reported",
                    actor, null, Map.of("received", received, "added", rows.size())));
            return new Reported(received, rows.size());
        });
    }
}
