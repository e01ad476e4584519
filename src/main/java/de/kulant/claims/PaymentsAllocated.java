package de.kulant.claims;

import java.util.List;

/** The payments of one booking batch (a chunk of a bank statement), announced together: one event for the batch. */
public record PaymentsAllocated(List<PaymentAllocated> payments) {

    public PaymentsAllocated {
        payments = List.copyOf(payments);
    }
}
