package de.kulant.collection;

/**
 * Where a case stands: {@code OPEN} while it is worked, {@code AGREEMENT} while a promise, plan, deferral or settlement
 * runs, {@code DISPUTED} while the debtor's objection is examined, {@code COURT} in the court procedure, {@code CLOSED}.
 */
public enum CaseStatus {
    OPEN, AGREEMENT, DISPUTED, COURT, CLOSED
}
