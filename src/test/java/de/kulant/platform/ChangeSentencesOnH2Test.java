package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.web.ChangeSentences;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnH2;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** An audited change as the history on the claim screen says it (issue 13, item 8), in German and English. */
@OnH2
class ChangeSentencesOnH2Test extends IntegrationTest {

    @Autowired
    ChangeSentences changes;

    /** The lines as a reader sees them: the space between amount and euro sign does not break. */
    private java.util.List<String> readable(String before, String after) {
        return changes.of(before, after).stream().map(line -> line.replace('\u00a0', ' ')).toList();
    }

    @Test
    void saysWhatChangedFromWhatToWhat() {
        String before = "{\"status\":\"OPEN\",\"principal\":\"139.52\"}";
        String after = "{\"amount\":\"10.00\",\"date\":\"2026-11-27\",\"reason\":\"Rücksendung\",\"status\":\"OPEN\","
                + "\"principal\":\"129.52\",\"costs\":\"0.00\",\"payment\":\"01a2377d-d006-7000-9f14-6d2ce784dba5\"}";
        try {
            LocaleContextHolder.setLocale(Locale.GERMAN);
            assertThat(readable(before, after)).containsExactly("Betrag: 10,00 €", "Datum: 27.11.2026",
                    "Grund: Rücksendung", "Status: Offen", "Hauptforderung von 139,52 € auf 129,52 € geändert");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(readable(before, after)).contains("Principal changed from €139.52 to €129.52", "Status: Open");
            assertThat(changes.of(null, "not json")).isEmpty();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
