package de.kulant.dunning;

import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/** Which notices the notices page lists: of one creditor or all, of one level, issued within a period (null: any). */
public record NoticeFilter(CreditorId creditor, Integer level, LocalDate issuedFrom, LocalDate issuedTo) {
}
