package de.kulant.claims;

import java.util.Objects;
import java.util.UUID;

/**
 * What a ledger posting comes from: the claim's intake, a notice (its fee), a payment (also the interest it
 * brought up to date, its return, the rest it waived), a credit note, a write-off, and later a collection case or an agreement.
 */
public record PostingSource(Kind kind, UUID id) {

    public enum Kind { INTAKE, NOTICE, PAYMENT, CREDIT_NOTE, WRITE_OFF, CASE, AGREEMENT }

    public PostingSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static PostingSource intake(ClaimId claim) {
        return new PostingSource(Kind.INTAKE, claim.value());
    }

    public static PostingSource notice(NoticeId notice) {
        return new PostingSource(Kind.NOTICE, notice.value());
    }

    public static PostingSource payment(PaymentId payment) {
        return new PostingSource(Kind.PAYMENT, payment.value());
    }

    public static PostingSource creditNote(UUID creditNote) {
        return new PostingSource(Kind.CREDIT_NOTE, creditNote);
    }

    public static PostingSource writeOff(UUID writeOff) {
        return new PostingSource(Kind.WRITE_OFF, writeOff);
    }

    /** A settlement or plan agreed on a collection case. */
    public static PostingSource agreement(UUID agreement) {
        return new PostingSource(Kind.AGREEMENT, agreement);
    }

    public static PostingSource collectionCase(UUID collectionCase) {
        return new PostingSource(Kind.CASE, collectionCase);
    }
}
