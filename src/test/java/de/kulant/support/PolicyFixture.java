package de.kulant.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dunning policy for a test, changed from the standard one by name:
 * {@code PolicyFixture.from(standard).level(2).channel("EMAIL").and().chargingBusinessFlatFee()}.
 */
public final class PolicyFixture {

    private final Map<String, Object> policy;
    private final List<Map<String, Object>> levels = new ArrayList<>();

    private PolicyFixture(Map<String, ?> standard) {
        this.policy = new LinkedHashMap<>(standard);
        for (Object level : (List<?>) standard.get("levels")) {
            levels.add(new LinkedHashMap<>((Map<? extends String, ?>) level));
        }
        policy.put("levels", levels);
    }

    /** A copy of a policy as {@code GET /api/v1/dunning-policy} answers it. */
    public static PolicyFixture from(Map<String, ?> standard) {
        return new PolicyFixture(standard);
    }

    /** Level {@code number} (from 1) of the chain, to change. */
    public Level level(int number) {
        return new Level(levels.get(number - 1));
    }

    /** Business debtors are charged the 40 EUR flat fee of §288 Abs. 5 BGB instead of dunning fees. */
    public PolicyFixture chargingBusinessFlatFee() {
        policy.put("chargeBusinessFlatFee", true);
        return this;
    }

    /** A chain of this one level, that hands over {@code handoverDaysAfterDue} days after the due date. */
    public PolicyFixture onlyLevelThenHandover(Map<String, Object> onlyLevel, int handoverDaysAfterDue) {
        levels.clear();
        levels.add(new LinkedHashMap<>(onlyLevel));
        policy.put("handoverDaysAfterDue", handoverDaysAfterDue);
        return this;
    }

    /** A segment for debtors with a customer tag: its own tone and a chain of one level. */
    public PolicyFixture segmentForTag(String name, String customerTag, String tone, Map<String, Object> onlyLevel) {
        policy.put("segments", List.of(Map.of("name", name, "when", Map.of("customerTag", customerTag), "tone", tone,
                "levels", List.of(onlyLevel))));
        return this;
    }

    /** As {@code PUT /api/v1/dunning-policy} takes it. */
    public Map<String, Object> json() {
        return policy;
    }

    /** One level of the chain. */
    public final class Level {
        private final Map<String, Object> level;

        private Level(Map<String, Object> level) {
            this.level = level;
        }

        public Level channel(String channel) {
            level.put("channel", channel);
            return this;
        }

        public Level daysAfterDue(int days) {
            level.put("daysAfterDue", days);
            return this;
        }

        public Level paymentTermDays(int days) {
            level.put("paymentTermDays", days);
            return this;
        }

        public Level fee(String euros) {
            level.put("fee", euros);
            return this;
        }

        public PolicyFixture and() {
            return PolicyFixture.this;
        }
    }
}
