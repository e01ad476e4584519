package de.kulant.payments;

/** The bank statement formats Kulant reads. */
public enum BankFormat {
    CAMT_052("camt.052"), CAMT_053("camt.053"), CAMT_054("camt.054"), MT940("MT940");

    private final String label;

    BankFormat(String label) {
        this.label = label;
    }

    /** As banks and the API name it: {@code camt.053}, {@code MT940}. */
    public String label() {
        return label;
    }
}
