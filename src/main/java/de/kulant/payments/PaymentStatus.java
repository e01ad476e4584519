package de.kulant.payments;

/**
 * BOOKED: allocated to claims (or, for a return, reversed the payment it returns). UNMATCHED: waits for a
 * person. NOT_OURS: a person decided it belongs to no claim; it is listed for refund. RETURNED: booked, then
 * taken back by the bank. IGNORED: concerns no claim (outgoing transfers, fees, returns of own transfers).
 * REFUNDED: was not ours and has been sent back in a refund transfer.
 */
public enum PaymentStatus {
    BOOKED, UNMATCHED, NOT_OURS, RETURNED, IGNORED, REFUNDED
}
