package de.kulant.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the debtor performs (for a money debt: the debtor's residence, §269, §270 Abs. 4 BGB), as the
 * set of Länder whose holidays count there. A postal region that spans several Länder counts the
 * holidays of all of them, so a deadline is never shortened at the debtor's expense.
 */
public record PlaceOfPerformance(Set<FederalState> states) {

    private static final Map<String, Set<FederalState>> POSTAL_REGIONS = readPostalRegions();

    public PlaceOfPerformance {
        states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    }

    /** Only the nationwide holidays (a place in no or an unknown Land, or abroad). */
    public static PlaceOfPerformance nationwide() {
        return new PlaceOfPerformance(Set.of());
    }

    public static PlaceOfPerformance of(FederalState state) {
        return new PlaceOfPerformance(Set.of(state));
    }

    /** The place for an address; outside Germany only the nationwide German holidays are counted. */
    public static PlaceOfPerformance ofAddress(String country, String postalCode) {
        if (country != null && !country.isBlank() && !"DE".equalsIgnoreCase(country.trim())) {
            return nationwide();
        }
        if (postalCode == null || postalCode.trim().length() < 2) {
            return nationwide();
        }
        Set<FederalState> states = POSTAL_REGIONS.get(postalCode.trim().substring(0, 2));
        return states == null ? nationwide() : new PlaceOfPerformance(states);
    }

    private static Map<String, Set<FederalState>> readPostalRegions() {
        try (InputStream in = PlaceOfPerformance.class.getResourceAsStream("postal-regions.csv")) {
            if (in == null) {
                throw new IllegalStateException("postal-regions.csv missing from the classpath");
            }
            Map<String, Set<FederalState>> regions = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("region")) {
                    continue;
                }
                String[] parts = line.split(";");
                Set<FederalState> states = EnumSet.noneOf(FederalState.class);
                for (String code : parts[1].split(",")) {
                    states.add(FederalState.valueOf(code.strip()));
                }
                regions.put(parts[0].strip(), Set.copyOf(states));
            }
            return Map.copyOf(regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
