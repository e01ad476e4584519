package de.kulant.platform;

import java.text.Normalizer;

/** Text in the SEPA character set every bank takes, for names and remittance lines in pain files. */
public final class SepaText {

    private SepaText() {
    }

    /**
     * Letters, digits, {@code / - ? : ( ) . , ' +} and space: umlauts and ß written out, accents dropped, anything
     * else a space; cut to {@code max} characters.
     */
    public static String of(String value, int max) {
        String text = value == null ? "" : value.strip().replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("&", "+");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9/?:().,'+ -]", " ").replaceAll(" {2,}", " ").strip();
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
