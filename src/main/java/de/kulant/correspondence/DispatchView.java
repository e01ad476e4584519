package de.kulant.correspondence;

import de.kulant.platform.CreditorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One letter or e-mail on its way: channel, status, attempts, and its delivery log. */
public record DispatchView(UUID id, CreditorId creditorId, UUID combinedId, Channel channel, Status status, int attempts,
                           Instant nextAttemptAt, String recipient, LocalDate issuedOn, UUID documentId, String error,
                           List<Event> log) {

    public enum Channel { EMAIL, LETTER }

    /**
     * PENDING waits for its next attempt; SENDING is being sent; SENT is done (a letter: in the day's print file);
     * FAILED cannot be sent without help; BOUNCED was refused by the recipient's mail server; UNCERTAIN was being
     * sent when its instance stopped, so nobody knows whether it left; CANCELLED was not sent because none of its
     * notices still stood at sending time (paid, credited, closed, on hold), the reasons in {@code error}.
     */
    public enum Status { PENDING, SENDING, SENT, FAILED, BOUNCED, UNCERTAIN, CANCELLED }

    /** An entry of the delivery log. */
    public record Event(Instant at, String event, String detail) {
    }
}
