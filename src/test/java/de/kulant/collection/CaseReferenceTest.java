package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The case number a debtor types from a letter: read back in any spelling, typing mistakes caught by its check. */
class CaseReferenceTest {

    @Test
    void aNewReferenceIsNineCharactersInThreeGroupsWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String reference = CaseReference.random().value();
            assertThat(reference).matches("[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}");
            seen.add(reference);
        }
        assertThat(seen).hasSize(2_000);
    }

    @Test
    void isReadBackLowercaseWithSpacesOrWithoutDashes() {
        String reference = CaseReference.random().value();
        assertThat(CaseReference.parse(reference.toLowerCase().replace("-", " "))).isEqualTo(new CaseReference(reference));
        assertThat(CaseReference.parse(reference.replace("-", ""))).isEqualTo(new CaseReference(reference));
    }

    @Test
    void everySingleWrongCharacterAndMostSwappedNeighboursAreCaught() {
        int swapsCaught = 0;
        int swaps = 0;
        for (int n = 0; n < 200; n++) {
            String plain = CaseReference.random().value().replace("-", "");
            for (int i = 0; i < plain.length(); i++) {
                for (char c : CaseReference.ALPHABET.toCharArray()) {
                    if (c != plain.charAt(i)) {
                        String typo = plain.substring(0, i) + c + plain.substring(i + 1);
                        assertThat(CaseReference.parse(typo)).as(typo).isNull();
                    }
                }
                if (i + 1 < plain.length() && plain.charAt(i) != plain.charAt(i + 1)) {
                    swaps++;
                    String swapped = plain.substring(0, i) + plain.charAt(i + 1) + plain.charAt(i) + plain.substring(i + 2);
                    if (CaseReference.parse(swapped) == null) {
                        swapsCaught++;
                    }
                }
            }
        }
        assertThat((double) swapsCaught / swaps).isGreaterThan(0.95);
    }

    @Test
    void refusesWhatIsNoReference() {
        assertThat(CaseReference.parse(null)).isNull();
        assertThat(CaseReference.parse("ABC-DEF")).isNull();
        assertThat(CaseReference.parse("0O1-I23-456")).isNull();
        assertThatThrownBy(() -> new CaseReference("abc-def-ghj")).isInstanceOf(IllegalArgumentException.class);
    }
}
