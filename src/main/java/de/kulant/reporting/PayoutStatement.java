package de.kulant.reporting;

import de.kulant.platform.CreditorId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One shop's settlement statement as issued: never changed afterwards. {@code commissionWaivedUntil} is the promo
 * waiver's last day as the run applied it (null: none).
 */
public record PayoutStatement(UUID id, UUID run, CreditorId creditor, String number, YearMonth period,
                                  LocalDate periodEnd, int lines, StatementAmounts amounts, String payeeName,
                                  String payeeIban, String payeeBic, String endToEndId, Instant issuedAt,
                                  LocalDate commissionWaivedUntil) {
}
