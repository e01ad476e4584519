package de.kulant.payments;

/** Money in (CREDIT), money taken back by the bank (RETURN), and other money out (DEBIT). */
public enum PaymentKind {
    CREDIT, RETURN, DEBIT
}
