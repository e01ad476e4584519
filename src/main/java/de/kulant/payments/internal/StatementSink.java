package de.kulant.payments.internal;

/** Receives a statement file's entries one by one while it is read, so that no file is held in memory whole. */
public interface StatementSink {

    void entry(BankEntry entry);

    void statementEnd(StatementTotals totals);
}
