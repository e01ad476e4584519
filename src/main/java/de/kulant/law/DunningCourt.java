package de.kulant.law;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The central dunning courts (§689 Abs. 3 ZPO with the Länder's concentration rules): a payment order is applied for
 * at the court for the applicant's seat (§689 Abs. 2 ZPO). North Rhine-Westphalia has two: Euskirchen for the
 * Cologne court district (postal regions 50–53), Hagen for the rest.
 */
public enum DunningCourt {
    STUTTGART("Amtsgericht Stuttgart – Zentrales Mahngericht", FederalState.BW),
    COBURG("Amtsgericht Coburg – Zentrales Mahngericht", FederalState.BY),
    WEDDING("Amtsgericht Wedding – Zentrales Mahngericht Berlin-Brandenburg", FederalState.BE),
    BREMEN("Amtsgericht Bremen – Zentrales Mahngericht", FederalState.HB),
    HAMBURG("Amtsgericht Hamburg – Zentrales Mahngericht", FederalState.HH),
    HUENFELD("Amtsgericht Hünfeld – Zentrales Mahngericht", FederalState.HE),
    UELZEN("Amtsgericht Uelzen – Zentrales Mahngericht", FederalState.NI),
    HAGEN("Amtsgericht Hagen – Zentrales Mahngericht", FederalState.NW),
    EUSKIRCHEN("Amtsgericht Euskirchen – Zentrales Mahngericht", FederalState.NW),
    MAYEN("Amtsgericht Mayen – Zentrales Mahngericht", FederalState.RP),
    ASCHERSLEBEN("Amtsgericht Aschersleben – Zentrales Mahngericht", FederalState.ST),
    SCHLESWIG("Amtsgericht Schleswig – Zentrales Mahngericht", FederalState.SH);

    private final String title;
    private final FederalState seat;

    DunningCourt(String title, FederalState seat) {
        this.title = title;
        this.seat = seat;
    }

    /** The Land of the court's seat, whose holidays move the end of a period (§222 Abs. 2 ZPO). */
    public FederalState seat() {
        return seat;
    }

    public String title() {
        return title;
    }

    /** The court for an applicant in Germany; empty when the postal region spans Länder with different courts. */
    public static Optional<DunningCourt> forApplicant(String country, String postalCode) {
        if (country != null && !country.isBlank() && !"DE".equalsIgnoreCase(country.trim())) {
            // §703d ZPO: an applicant without a German seat applies at Amtsgericht Wedding
            return Optional.of(WEDDING);
        }
        Set<FederalState> states = PlaceOfPerformance.ofAddress("DE", postalCode).states();
        Set<DunningCourt> courts = EnumSet.noneOf(DunningCourt.class);
        String region = postalCode == null || postalCode.trim().length() < 2 ? "" : postalCode.trim().substring(0, 2);
        states.forEach(state -> courts.add(of(state, region)));
        return courts.size() == 1 ? Optional.of(courts.iterator().next()) : Optional.empty();
    }

    private static DunningCourt of(FederalState state, String postalRegion) {
        return switch (state) {
            case BW -> STUTTGART;
            case BY -> COBURG;
            case BE, BB -> WEDDING;
            case HB -> BREMEN;
            case HH, MV -> HAMBURG;
            case HE -> HUENFELD;
            case NI -> UELZEN;
            case NW -> Set.of("50", "51", "52", "53").contains(postalRegion) ? EUSKIRCHEN : HAGEN;
            case RP, SL -> MAYEN;
            case SN, ST, TH -> ASCHERSLEBEN;
            case SH -> SCHLESWIG;
        };
    }

    public static DunningCourt parse(String field, String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LawInputException(field, "unknown central dunning court '" + value + "' (one of "
                    + Arrays.toString(values()) + ")");
        }
    }
}
