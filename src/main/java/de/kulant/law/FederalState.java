package de.kulant.law;

import java.util.Locale;

/** The sixteen Länder, with the ISO 3166-2 subdivision codes jollyday uses. */
public enum FederalState {
    BW("Baden-Württemberg"), BY("Bayern"), BE("Berlin"), BB("Brandenburg"), HB("Bremen"), HH("Hamburg"),
    HE("Hessen"), MV("Mecklenburg-Vorpommern"), NI("Niedersachsen"), NW("Nordrhein-Westfalen"),
    RP("Rheinland-Pfalz"), SL("Saarland"), SN("Sachsen"), ST("Sachsen-Anhalt"), SH("Schleswig-Holstein"),
    TH("Thüringen");

    private final String germanName;

    FederalState(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }

    String jollydayCode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FederalState parse(String field, String value) {
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (code.startsWith("DE-")) {
            code = code.substring(3);
        }
        try {
            return valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new LawInputException(field, "unknown German state '" + value + "' (use BY, NW, DE-BE, ...)");
        }
    }
}
