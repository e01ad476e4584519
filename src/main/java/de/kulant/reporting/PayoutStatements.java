package de.kulant.reporting;

import de.kulant.claims.CollectedMoney;
import de.kulant.claims.CollectedMoney.CollectedLine;
import de.kulant.correspondence.PdfDocuments;
import de.kulant.creditors.Commission;
import de.kulant.creditors.Creditors;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CsvWriter;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import de.kulant.reporting.internal.PayoutStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading settlement statements: a shop its own (another shop's answers 404), staff every shop's; each with its lines,
 * as PDF/A and as CSV; the runs with their payout files; and how much client money the agency holds.
 */
@Service
@Transactional(readOnly = true)
public class PayoutStatements {

    /** A line as shown: what the run took of one payment on one claim, and whether it bears commission. */
    public record Line(CollectedLine collected, boolean commissionable) {
    }

    /** Client money: received and not yet in any statement, and paid out by the latest run. */
    public record ClientMoney(Money notYetStated, PayoutRun latestRun) {
    }

    private final PayoutStore store;
    private final CollectedMoney collected;
    private final Creditors creditors;
    private final PdfDocuments pdfs;
    private final Clock clock;

    PayoutStatements(PayoutStore store, CollectedMoney collected, Creditors creditors, PdfDocuments pdfs,
                         Clock clock) {
        this.store = store;
        this.collected = collected;
        this.creditors = creditors;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** Newest first; {@code after} is the number of the last statement of the page before. */
    public List<PayoutStatement> list(CreditorId scope, String after, int size) {
        return store.statements(scope, after, size);
    }

    public PayoutStatement find(CreditorId scope, UUID id) {
        return store.statement(scope, id).orElseThrow(() -> new NotFoundException("settlement statement"));
    }

    public void lines(PayoutStatement statement, Consumer<Line> each) {
        // the waiver as the run applied it, not as the shop's contract says today
        Commission commission = new Commission(statement.amounts().commissionPercent(),
                statement.commissionWaivedUntil());
        collected.lines(statement.run(), statement.creditor(), line -> each.accept(new Line(line,
                commission.percent().signum() > 0 && !commission.waivedOn(line.paidOn()))));
    }

    public List<Line> lines(PayoutStatement statement) {
        List<Line> lines = new ArrayList<>();
        lines(statement, lines::add);
        return lines;
    }

    public byte[] document(PayoutStatement statement, Locale locale) {
        return pdfs.render("settlement-statement", Map.of("statement", statement, "lines", lines(statement),
                "creditor", creditors.find(statement.creditor()).orElseThrow(),
                "issuedOn", BusinessDates.dayOf(statement.issuedAt())), locale);
    }

    /** One row per line, then the statement's sums, each row named in its first cell. */
    public String csv(PayoutStatement statement) {
        CsvWriter csv = new CsvWriter(';');
        csv.row("row", "statement", "period", "invoiceNumber", "claimId", "paymentId", "paidOn", "principal",
                "interest", "fees", "costs", "commissionable", "amount");
        String number = statement.number();
        String period = statement.period().toString();
        lines(statement, l -> {
            CollectedLine c = l.collected();
            csv.row("LINE", number, period, c.invoiceNumber(), c.claim().toString(), c.payment().toString(),
                    c.paidOn().toString(), c.principal().toPlainString(), c.interest().toPlainString(),
                    c.fees().toPlainString(), c.costs().toPlainString(), l.commissionable() ? "yes" : "no",
                    c.total().toPlainString());
        });
        StatementAmounts a = statement.amounts();
        csv.row("TOTAL", number, period, "", "", "", "", a.principal().toPlainString(), a.interest().toPlainString(),
                a.fees().toPlainString(), a.costs().toPlainString(), "", a.collected().toPlainString());
        sum(csv, "COMMISSION_BASE", statement, a.commissionBase());
        sum(csv, "COMMISSION", statement, a.commission().negate());
        sum(csv, "VAT", statement, a.vat().negate());
        sum(csv, "CARRIED_IN", statement, a.carriedIn());
        sum(csv, "PAYOUT", statement, a.payout());
        sum(csv, "CARRIED_OUT", statement, a.carriedOut());
        return csv.toString();
    }

    private static void sum(CsvWriter csv, String row, PayoutStatement s, Money amount) {
        csv.row(row, s.number(), s.period().toString(), "", "", "", "", "", "", "", "", "", amount.toPlainString());
    }

    public List<PayoutRun> runs(int size) {
        return store.runs(size);
    }

    public PayoutRun run(UUID id) {
        return store.run(id).orElseThrow(() -> new NotFoundException("settlement run"));
    }

    public List<PayoutStatement> statementsOf(UUID run) {
        return store.ofRun(run);
    }

    /** The run's pain.001.001.09 as made; 404 when the run paid nothing out. */
    public String payoutDocument(UUID run) {
        return store.payoutDocument(run).orElseThrow(() -> new NotFoundException("payout file"));
    }

    public ClientMoney clientMoney() {
        Optional<PayoutRun> latest = store.latestRun();
        return new ClientMoney(collected.notYetTaken(BusinessDates.today(clock)), latest.orElse(null));
    }
}
