package de.kulant.support;

import de.kulant.claims.ClaimRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claim for a test, read like a sentence: {@code aClaim("R-1").of("119.00").dueOn("2026-03-02")
 * .owedBy(aConsumer("K-1").withoutEmail())}. Without changes it is valid: 119.00 EUR invoiced 2026-09-01, due
 * 2026-09-15, owed by a consumer in Berlin.
 */
public final class ClaimFixture {

    private final String invoiceNumber;
    private String invoiceDate = "2026-09-01";
    private String dueDate = "2026-09-15";
    private String amount = "119.00";
    private boolean consumerNoticeGiven;
    private Boolean calendarDueDateAgreed;
    private DebtorFixture debtor = DebtorFixture.aConsumer("K-4711");

    private ClaimFixture(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public static ClaimFixture aClaim(String invoiceNumber) {
        return new ClaimFixture(invoiceNumber);
    }

    public ClaimFixture of(String euros) {
        this.amount = euros;
        return this;
    }

    public ClaimFixture invoicedOn(String date) {
        this.invoiceDate = date;
        return this;
    }

    public ClaimFixture dueOn(String date) {
        this.dueDate = date;
        return this;
    }

    /** The due date was agreed by calendar: default begins without a notice (§286 Abs. 2 Nr. 1 BGB). */
    public ClaimFixture withCalendarDueDate() {
        this.calendarDueDateAgreed = true;
        return this;
    }

    /** The consumer was told on the invoice that default begins 30 days later (§286 Abs. 3 BGB). */
    public ClaimFixture withConsumerNotice() {
        this.consumerNoticeGiven = true;
        return this;
    }

    public ClaimFixture owedBy(DebtorFixture owner) {
        this.debtor = owner;
        return this;
    }

    /** As the API takes it; tests may still change single fields to make it invalid. */
    public Map<String, Object> json() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("invoiceNumber", invoiceNumber);
        claim.put("invoiceDate", invoiceDate);
        claim.put("dueDate", dueDate);
        claim.put("amount", amount);
        claim.put("currency", "EUR");
        claim.put("consumerNoticeGiven", consumerNoticeGiven);
        if (calendarDueDateAgreed != null) {
            claim.put("calendarDueDateAgreed", calendarDueDateAgreed);
        }
        claim.put("debtor", debtor.json());
        return claim;
    }

    /** As the claims module takes it. */
    public ClaimRequest request() {
        return new ClaimRequest(invoiceNumber, invoiceDate, dueDate, amount, "EUR", consumerNoticeGiven,
                calendarDueDateAgreed, debtor.request());
    }
}
