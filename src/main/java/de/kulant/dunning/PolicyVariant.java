package de.kulant.dunning;

import java.util.List;

/** The chain that applies to one claim: the segment it falls in ("standard" if none) and why. */
public record PolicyVariant(String segment, Tone tone, List<PolicyLevel> levels, Integer handoverDaysAfterDue,
                            List<String> reasons) {

    public PolicyLevel level(int number) {
        return levels.get(number - 1);
    }

    public int lastLevel() {
        return levels.size();
    }
}
