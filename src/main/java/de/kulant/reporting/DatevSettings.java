package de.kulant.reporting;

/**
 * A shop's DATEV export settings: consultant and client number for the file's header, the chart of accounts, the month
 * its fiscal year starts, and the accounts bookings go to (the chart's standard ones unless the shop set its own).
 */
public record DatevSettings(int consultantNumber, int clientNumber, Chart chart, int fiscalYearStart,
                            Accounts accounts) {

    /** The charts DATEV's standard accounts come from. */
    public enum Chart {
        SKR03, SKR04;

        /** Standard accounts: collective debtor, bank, money in transit, interest and fee income, revenue reductions,
         *  bad debts and the collection commission (bought-in services with input tax). */
        public Accounts standard() {
            return this == SKR03 ? new Accounts(10000, 1200, 1360, 2650, 2700, 8700, 2400, 4970)
                    : new Accounts(10000, 1800, 1460, 7100, 4830, 4700, 6930, 6855);
        }
    }

    /**
     * @param debtors the collective debtor account the receivables are on
     * @param bank the shop's bank account (payments it received itself, payouts)
     * @param clientMoney money the agency holds for the shop (money in transit until the payout)
     * @param interest default interest charged
     * @param fees dunning fees charged
     * @param creditNotes credit notes, waivers and settlement discounts on the principal
     * @param writeOffs claims written off
     * @param commission the agency's success commission (booked with 19 % input tax)
     */
    public record Accounts(int debtors, int bank, int clientMoney, int interest, int fees, int creditNotes,
                           int writeOffs, int commission) {
    }
}
