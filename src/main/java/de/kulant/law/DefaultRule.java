package de.kulant.law;

/** Which rule of §286 BGB put the debtor into default. */
public enum DefaultRule {
    /** §286 Abs. 2 Nr. 1: a payment date agreed by calendar; no notice needed. */
    CALENDAR_DUE_DATE("§286 Abs. 2 Nr. 1 BGB"),
    /** §286 Abs. 1: a dunning notice after the due date. */
    DUNNING_NOTICE("§286 Abs. 1 BGB"),
    /** §286 Abs. 3: 30 days after due date and receipt of the invoice. */
    THIRTY_DAYS("§286 Abs. 3 BGB");

    private final String basis;

    DefaultRule(String basis) {
        this.basis = basis;
    }

    public String basis() {
        return basis;
    }
}
