package de.kulant.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A chunk's event as stored: read back whole, readable by the previous version, and readable when it wrote it. */
class NoticesIssuedTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final IssuedLetter letter = new IssuedLetter(new LetterId(UUID.randomUUID()),
            new CreditorId(UUID.randomUUID()), new DebtorId(UUID.randomUUID()), Channel.EMAIL_AND_LETTER);

    @Test
    void anEventReadsBackWithItsLettersAndStillCarriesTheirIdsForThePreviousVersion() {
        NoticesIssued event = new NoticesIssued(new RunId(UUID.randomUUID()), LocalDate.of(2026, 3, 7), List.of(letter),
                false);

        String stored = json.writeValueAsString(event);
        NoticesIssued read = json.readValue(stored, NoticesIssued.class);

        assertThat(read).isEqualTo(event);
        assertThat(read.issuedLetters()).containsExactly(letter);
        assertThat(json.readTree(stored).get("letters").get(0).asString())
                .isEqualTo(letter.combinedId().value().toString());
    }

    @Test
    void anEventStoredByThePreviousVersionNamesItsLettersByIdAlone() {
        UUID run = UUID.randomUUID();
        String stored = "{\"runId\":\"" + run + "\",\"issuedOn\":\"2026-03-07\",\"letters\":[\""
                + letter.combinedId().value() + "\"],\"history\":false}";

        NoticesIssued read = json.readValue(stored, NoticesIssued.class);

        assertThat(read.sent()).isNull();
        assertThat(read.letterIds()).containsExactly(letter.combinedId());
        assertThat(read.issuedLetters()).isEmpty();
        assertThat(read.isHistory()).isFalse();
    }
}
