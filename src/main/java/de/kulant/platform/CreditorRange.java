package de.kulant.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The creditors whose id lies in {@code [from, to)} in the database's own uuid order (never Java's, which compares
 * signed halves); a null bound is open. A run over all shops is cut into such ranges, one chunk each, so that every
 * instance can work on one; the ranges of a run together cover every creditor, also one created while it runs.
 */
public record CreditorRange(UUID from, UUID to) {

    public static final CreditorRange ALL = new CreditorRange(null, null);

    /**
     * Cuts creditors, given in the database's order, into ranges of {@code perRange}; the first range starts open and
     * the last ends open, so the ranges leave no gap. No creditor: one range of all.
     */
    public static List<CreditorRange> cut(List<UUID> ordered, int perRange) {
        if (perRange < 1) {
            throw new IllegalArgumentException("perRange must be at least 1");
        }
        List<UUID> starts = new ArrayList<>();
        for (int i = perRange; i < ordered.size(); i += perRange) {
            starts.add(ordered.get(i));
        }
        List<CreditorRange> ranges = new ArrayList<>();
        UUID from = null;
        for (UUID start : starts) {
            ranges.add(new CreditorRange(from, start));
            from = start;
        }
        ranges.add(new CreditorRange(from, null));
        return ranges;
    }

    /** The SQL condition on {@code column} for this range, starting with " and", or nothing for all creditors. */
    public String condition(String column) {
        return (from == null ? "" : " and " + column + " >= :rangeFrom") + (to == null ? "" : " and " + column + " < :rangeTo");
    }

    /** The parameters {@link #condition} names. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        if (from != null) {
            parameters.put("rangeFrom", from);
        }
        if (to != null) {
            parameters.put("rangeTo", to);
        }
        return parameters;
    }
}
