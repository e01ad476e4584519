package de.kulant.dunning;

import de.kulant.platform.CreditorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dunning run: its scope (a creditor, or all when null), date and status, progress while it works and the
 * summary when done; a dry run also lists what it would do.
 */
public record RunView(UUID id, CreditorId creditorId, LocalDate asOf, boolean dryRun, Status status, Integer total,
                      int processed, int evaluated, Map<String, Integer> notices, int handedOver,
                      Map<String, Integer> skipped, Instant startedAt, Instant finishedAt, String startedBy,
                      String error, List<PlannedStep> planned) {

    public enum Status { RUNNING, COMPLETED, FAILED }

    public int noticeTotal() {
        return notices.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** What a dry run would do with one claim. */
    public record PlannedStep(UUID claimId, String invoiceNumber, String action, Integer level, String fee,
                              String segment) {
    }
}
