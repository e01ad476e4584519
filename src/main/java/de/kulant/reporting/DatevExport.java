package de.kulant.reporting;

import de.kulant.claims.LedgerLines;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.money.Money;
import de.kulant.reporting.DatevSettings.Accounts;
import de.kulant.reporting.DatevSettings.Chart;
import de.kulant.reporting.internal.DatevFile;
import de.kulant.reporting.internal.DatevFile.Booking;
import de.kulant.reporting.internal.DatevSettingsStore;
import de.kulant.reporting.internal.PayoutStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's bookings of a period for its accountant, as a DATEV Buchungsstapel: interest and fees charged, waivers,
 * credit notes and write-offs, payments received (on its own account or held by the agency), and from each settlement
 * statement the commission with its input tax and the payout. The shop books its invoices itself; collection costs
 * are the agency's: neither is in the file.
 */
@Service
public class DatevExport {

    /** The accounts in the order of the request and the store; names as the API takes them. */
    public static final List<String> ACCOUNT_NAMES = List.of("debtors", "bank", "clientMoney", "interest", "fees",
            "creditNotes", "writeOffs", "commission");

    /** The file's encoding, as DATEV reads it. */
    public static final java.nio.charset.Charset ENCODING = DatevFile.ENCODING;

    private final DatevSettingsStore settings;
    private final LedgerLines ledger;
    private final PayoutStore payouts;
    private final AuditTrail audit;
    private final Clock clock;

    DatevExport(DatevSettingsStore settings, LedgerLines ledger, PayoutStore payouts, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.ledger = ledger;
        this.payouts = payouts;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<DatevSettings> settings(CreditorId creditor) {
        return settings.find(creditor);
    }

    /** Checks and stores the settings; {@code accounts} may name any of {@link #ACCOUNT_NAMES}, the rest stay standard. */
    @Transactional
    public DatevSettings save(CreditorId creditor, Integer consultant, Integer client, String chart,
                              Integer fiscalYearStart, Map<String, Integer> accounts, Actor actor) {
        InputCheck check = new InputCheck();
        range(check, "consultantNumber", consultant, 1001, 9_999_999);
        range(check, "clientNumber", client, 1, 99_999);
        Chart parsed = null;
        if (chart == null || !List.of("SKR03", "SKR04").contains(chart.strip().toUpperCase(Locale.ROOT))) {
            check.violation("chart", "oneOf", "must be SKR03 or SKR04", "SKR03, SKR04");
        } else {
            parsed = Chart.valueOf(chart.strip().toUpperCase(Locale.ROOT));
        }
        int start = fiscalYearStart == null ? 1 : fiscalYearStart;
        range(check, "fiscalYearStart", start, 1, 12);
        Integer[] own = new Integer[ACCOUNT_NAMES.size()];
        Map<String, Integer> given = accounts == null ? Map.of() : accounts;
        given.keySet().stream().filter(name -> !ACCOUNT_NAMES.contains(name)).forEach(name ->
                check.violation("accounts." + name, "oneOf", "is not an account of the export",
                        String.join(", ", ACCOUNT_NAMES)));
        for (int i = 0; i < own.length; i++) {
            Integer number = given.get(ACCOUNT_NAMES.get(i));
            if (number != null) {
                // accounts have four digits; the collective debtor account is a personal account of five
                range(check, "accounts." + ACCOUNT_NAMES.get(i), number, i == 0 ? 10_000 : 1, i == 0 ? 69_999 : 9_999);
            }
            own[i] = number;
        }
        check.throwIfInvalid();
        settings.save(creditor, consultant, client, parsed, start, own, clock.instant());
        audit.record(new AuditEntry(creditor, "datev-settings", creditor.toString(), "datev-settings.saved", actor,
                null, Map.of("consultantNumber", consultant, "clientNumber", client, "chart", parsed.name())));
        return settings.find(creditor).orElseThrow();
    }

    private static void range(InputCheck check, String field, Integer value, int from, int to) {
        if (value == null || value < from || value > to) {
            check.violation(field, "between", "must be a number from " + from + " to " + to, from, to);
        }
    }

    /** The file for the days {@code from} to {@code to}, typed as YYYY-MM-DD, within one fiscal year and not ahead. */
    @Transactional(readOnly = true)
    public byte[] export(CreditorId creditor, String fromText, String toText) {
        InputCheck check = new InputCheck();
        LocalDate from = check.date("from", fromText, true);
        LocalDate to = check.date("to", toText, true);
        check.throwIfInvalid();
        DatevSettings s = settings.find(creditor).orElseThrow(() -> ConflictException.coded("datevNotSet",
                "Set the DATEV consultant and client number first (PUT /api/v1/exports/datev/settings)."));
        LocalDate fiscalStart = fiscalYearStart(from, s.fiscalYearStart());
        if (to.isBefore(from)) {
            check.violation("to", "notBefore", "must not be before from", from);
        } else if (!to.isBefore(fiscalStart.plusYears(1))) {
            check.violation("to", "sameFiscalYear", "must lie in the fiscal year of from, which ends on "
                    + fiscalStart.plusYears(1).minusDays(1), fiscalStart.plusYears(1).minusDays(1));
        }
        if (to.isAfter(BusinessDates.today(clock))) {
            check.violation("to", "notInFuture", "must not be in the future");
        }
        check.throwIfInvalid();
        Accounts a = s.accounts();
        List<Booking> bookings = new ArrayList<>();
        ledger.forEach(creditor, from, to, line -> bookings.add(booking(line, a)));
        var zone = BusinessDates.ZONE;
        for (PayoutStatement st : payouts.issued(creditor, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant())) {
            LocalDate day = BusinessDates.dayOf(st.issuedAt());
            Money charged = st.amounts().commission().plus(st.amounts().vat());
            if (!charged.isZero()) {
                // the commission with its 19 % input tax (BU key 9), taken from the money the agency holds
                bookings.add(new Booking(charged.amount().abs(), charged.isPositive(), a.commission(), a.clientMoney(),
                        "9", day, st.number(), "Inkasso-Provision " + st.number()));
            }
            if (st.amounts().payout().isPositive()) {
                bookings.add(new Booking(st.amounts().payout().amount(), true, a.bank(), a.clientMoney(), null, day,
                        st.number(), "Auszahlung Abrechnung " + st.number()));
            }
        }
        String chart = s.chart() == Chart.SKR03 ? "03" : "04";
        return DatevFile.write(new DatevFile.Header(LocalDateTime.now(clock.withZone(zone)), s.consultantNumber(),
                s.clientNumber(), fiscalStart, from, to, "Kulant " + from + " bis " + to, chart), bookings);
    }

    private static LocalDate fiscalYearStart(LocalDate day, int startMonth) {
        LocalDate start = LocalDate.of(day.getYear(), startMonth, 1);
        return start.isAfter(day) ? start.minusYears(1) : start;
    }

    /** The debtor's side: positive amounts raise what the debtor owes (debit the debtor account). */
    static Booking booking(LedgerLines.Line line, Accounts a) {
        boolean debit = line.amount().isPositive();
        int counter;
        String text;
        switch (line.kind()) {
            case "PAYMENT" -> {
                counter = line.clientMoney() ? a.clientMoney() : a.bank();
                text = line.clientMoney() ? "Zahlung an Kulant (Treuhand)" : "Zahlung";
            }
            case "PAYMENT_RETURNED" -> {
                counter = line.clientMoney() ? a.clientMoney() : a.bank();
                text = "Rückbuchung einer Zahlung";
            }
            case "WRITE_OFF" -> {
                counter = line.bucket().equals("PRINCIPAL") ? a.writeOffs() : income(line.bucket(), a);
                text = "Ausbuchung";
            }
            default -> {
                counter = line.bucket().equals("PRINCIPAL") ? a.creditNotes() : income(line.bucket(), a);
                text = switch (line.kind()) {
                    case "INTEREST" -> "Verzugszinsen";
                    case "FEE" -> "Mahngebühr";
                    case "CREDIT_NOTE" -> "Gutschrift";
                    case "SETTLEMENT_DISCOUNT" -> "Nachlass aus Vergleich";
                    default -> "Verzicht";
                };
            }
        }
        return new Booking(line.amount().amount().abs(), debit, a.debtors(), counter, null, line.bookingDate(),
                line.invoiceNumber(), text + " " + line.invoiceNumber());
    }

    private static int income(String bucket, Accounts a) {
        return bucket.equals("INTEREST") ? a.interest() : a.fees();
    }
}
