package de.kulant.law;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One of a debtor's open claims, with what §366 Abs. 2 BGB orders by.
 *
 * @param reference the claim's own reference (e.g. its id or invoice number)
 * @param secured whether the claim is secured (a secured claim is paid after unsecured ones)
 * @param burdenPercent yearly interest rate the claim currently bears (0 when not in default)
 */
public record OpenClaim(String reference, LocalDate arisenOn, LocalDate dueDate, OpenItems open, boolean secured,
                        BigDecimal burdenPercent) {
}
