package de.kulant.reporting;

import de.kulant.platform.money.Money;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** A settlement run: its statements and, when anything is paid out, its one credit-transfer file. */
public record PayoutRun(UUID id, int number, YearMonth period, LocalDate periodEnd, int statements, int payouts,
                            Money payoutTotal, String messageId, Instant createdAt, String createdBy) implements Serializable {
}
