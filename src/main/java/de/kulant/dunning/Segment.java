package de.kulant.dunning;

import java.util.List;

/**
 * A variant of the policy for claims matching {@code when}: its own tone, and optionally its own levels
 * (timing and fees) and handover day. Segments are tried in order; the first that matches applies.
 */
public record Segment(String name, SegmentCondition when, Tone tone, List<PolicyLevel> levels,
                      Integer handoverDaysAfterDue) {
}
