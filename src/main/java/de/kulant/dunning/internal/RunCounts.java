package de.kulant.dunning.internal;

import java.util.Map;
import java.util.TreeMap;

/** What a run did so far: claims processed and evaluated, notices per level, handovers, skips per reason. */
public final class RunCounts {

    private int processed;
    private int evaluated;
    private int handedOver;
    private final Map<String, Integer> notices = new TreeMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();

    void addProcessed(int count) {
        processed += count;
    }

    void addEvaluated() {
        evaluated++;
    }

    void addNotice(int level) {
        notices.merge(Integer.toString(level), 1, Integer::sum);
    }

    void addHandedOver() {
        handedOver++;
    }

    void addSkipped(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    public int processed() {
        return processed;
    }

    public int evaluated() {
        return evaluated;
    }

    public int handedOver() {
        return handedOver;
    }

    public Map<String, Integer> notices() {
        return notices;
    }

    public Map<String, Integer> skipped() {
        return skipped;
    }

    /** Adds what another chunk did. */
    void add(Figures other) {
        processed += other.processed();
        evaluated += other.evaluated();
        handedOver += other.handedOver();
        other.notices().forEach((level, count) -> notices.merge(level, count, Integer::sum));
        other.skipped().forEach((reason, count) -> skipped.merge(reason, count, Integer::sum));
    }

    Figures figures() {
        return new Figures(processed, evaluated, handedOver, notices, skipped);
    }

    /** The counts as stored with a chunk. */
    record Figures(int processed, int evaluated, int handedOver, Map<String, Integer> notices,
                   Map<String, Integer> skipped) {
    }
}
