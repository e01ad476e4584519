package de.kulant.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DebtorId;
import de.kulant.claims.MatchCandidate;
import de.kulant.claims.MatchKeys;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Name lookups of one import: each name is asked of the database once, until the capacity pushes it out. */
class RememberedNamesTest {

    private static final CreditorId SHOP = new CreditorId(UUID.randomUUID());
    private final List<Collection<String>> asked = new ArrayList<>();

    private static MatchCandidate claimOf(String name) {
        return new MatchCandidate(new ClaimId(UUID.randomUUID()), SHOP, new DebtorId(UUID.randomUUID()), "R-" + name,
                1, ClaimStatus.OPEN, Money.eur("10.00"), Money.eur("10.00"), LocalDate.of(2026, 10, 1), name,
                MatchKeys.nameKey(name));
    }

    private final Map<String, List<MatchCandidate>> database = Map.of(
            MatchKeys.nameKey("Anna Schmidt"), List.of(claimOf("Anna Schmidt"), claimOf("Anna Schmidt")),
            MatchKeys.nameKey("Jonas Weber"), List.of(claimOf("Jonas Weber")));

    private List<MatchCandidate> load(Collection<String> keys) {
        asked.add(List.copyOf(keys));
        return keys.stream().flatMap(k -> database.getOrDefault(k, List.of()).stream()).toList();
    }

    @Test
    void aNameAskedForAgainIsAnsweredWithoutTheDatabaseAndAnUnknownNameIsRememberedAsUnknown() {
        RememberedNames names = new RememberedNames(100);
        String anna = MatchKeys.nameKey("Anna Schmidt");
        String nobody = MatchKeys.nameKey("Niemand Bekannt");

        List<MatchCandidate> first = names.openByNameKeys(List.of(anna, nobody), this::load);
        List<MatchCandidate> again = names.openByNameKeys(List.of(anna, nobody), this::load);

        assertThat(first).containsExactlyInAnyOrderElementsOf(database.get(anna));
        assertThat(again).containsExactlyInAnyOrderElementsOf(first);
        assertThat(asked).containsExactly(List.of(anna, nobody));
    }

    @Test
    void onlyTheNamesNotYetKnownAreAskedFor() {
        RememberedNames names = new RememberedNames(100);
        String anna = MatchKeys.nameKey("Anna Schmidt");
        String jonas = MatchKeys.nameKey("Jonas Weber");
        names.openByNameKeys(List.of(anna), this::load);

        List<MatchCandidate> both = names.openByNameKeys(List.of(anna, jonas), this::load);

        assertThat(both).hasSize(3);
        assertThat(asked).containsExactly(List.of(anna), List.of(jonas));
    }

    @Test
    void beyondItsCapacityTheNameUsedLongestAgoIsAskedForAgain() {
        RememberedNames names = new RememberedNames(4);
        String anna = MatchKeys.nameKey("Anna Schmidt");
        String jonas = MatchKeys.nameKey("Jonas Weber");
        names.openByNameKeys(List.of(anna), this::load);
        names.openByNameKeys(List.of(jonas), this::load);

        names.openByNameKeys(List.of(jonas), this::load);
        names.openByNameKeys(List.of(anna), this::load);

        assertThat(asked).containsExactly(List.of(anna), List.of(jonas), List.of(anna));
    }

    @Test
    void debtorCountsAreRememberedAndANameWithoutDebtorsIsLeftOutAsBefore() {
        RememberedNames names = new RememberedNames(100);
        List<Collection<String>> countsAsked = new ArrayList<>();
        String anna = MatchKeys.nameKey("Anna Schmidt");
        String nobody = MatchKeys.nameKey("Niemand Bekannt");

        Map<String, Integer> first = names.debtorsPerName(List.of(anna, nobody), keys -> {
            countsAsked.add(List.copyOf(keys));
            return Map.of(anna, 2);
        });
        Map<String, Integer> again = names.debtorsPerName(List.of(anna, nobody), keys -> {
            throw new AssertionError("asked again for " + keys);
        });

        assertThat(first).isEqualTo(Map.of(anna, 2));
        assertThat(again).isEqualTo(first);
        assertThat(countsAsked).hasSize(1);
    }
}
