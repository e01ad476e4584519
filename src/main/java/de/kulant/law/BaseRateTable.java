package de.kulant.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The base rates of §247 BGB since 2002-01-01. The published table ships as {@code base-rates.csv};
 * later values added by an admin are merged in with {@link #withAdditions}. Lookups are O(1) by half-year.
 */
public final class BaseRateTable {

    public static final LocalDate FIRST_DATE = LocalDate.of(2002, 1, 1);

    private final List<BaseRate> rates;
    /** Rate in hundredths of a percent per half-year since 2002, index 0 = first half of 2002. */
    private final int[] hundredthsByHalfYear;
    private final BaseRate[] rateByHalfYear;

    public BaseRateTable(Collection<BaseRate> entries) {
        Map<LocalDate, BaseRate> byDate = new TreeMap<>();
        for (BaseRate entry : entries) {
            byDate.put(entry.validFrom(), entry);
        }
        this.rates = List.copyOf(byDate.values());
        if (rates.isEmpty() || !rates.get(0).validFrom().equals(FIRST_DATE)) {
            throw new IllegalStateException("the base-rate table must start on " + FIRST_DATE);
        }
        int halfYears = halfYearIndex(rates.get(rates.size() - 1).validFrom()) + 1;
        this.hundredthsByHalfYear = new int[halfYears];
        this.rateByHalfYear = new BaseRate[halfYears];
        int next = 0;
        BaseRate current = rates.get(0);
        for (int i = 0; i < halfYears; i++) {
            while (next < rates.size() && halfYearIndex(rates.get(next).validFrom()) <= i) {
                current = rates.get(next++);
            }
            rateByHalfYear[i] = current;
            hundredthsByHalfYear[i] = current.percent().movePointRight(2).intValueExact();
        }
    }

    /** The table as published with this release. */
    public static BaseRateTable published() {
        return new BaseRateTable(readPublished());
    }

    public static List<BaseRate> readPublished() {
        try (InputStream in = BaseRateTable.class.getResourceAsStream("base-rates.csv")) {
            if (in == null) {
                throw new IllegalStateException("base-rates.csv missing from the classpath");
            }
            List<BaseRate> result = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("validFrom")) {
                    continue;
                }
                String[] parts = line.split(";");
                result.add(new BaseRate(LocalDate.parse(parts[0].strip()), new BigDecimal(parts[1].strip())));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This table with admin-entered values; an added value for an existing date replaces it. */
    public BaseRateTable withAdditions(Collection<BaseRate> additions) {
        List<BaseRate> merged = new ArrayList<>(rates);
        merged.addAll(additions);
        return new BaseRateTable(merged);
    }

    public List<BaseRate> rates() {
        return rates;
    }

    public BaseRate latest() {
        return rates.get(rates.size() - 1);
    }

    /** The first day for which no published value exists yet. */
    public LocalDate provisionalFrom() {
        return nextHalfYearStart(latest().validFrom());
    }

    public RateLookup lookup(LocalDate date) {
        int index = checkedIndex(date);
        return new RateLookup(rateByHalfYear[Math.min(index, rateByHalfYear.length - 1)], index >= rateByHalfYear.length);
    }

    /** The rate in hundredths of a percent (1.27 % → 127) for the half-year of {@code date}. */
    int hundredthsOn(LocalDate date) {
        int index = checkedIndex(date);
        return hundredthsByHalfYear[Math.min(index, hundredthsByHalfYear.length - 1)];
    }

    boolean isProvisional(LocalDate date) {
        return checkedIndex(date) >= hundredthsByHalfYear.length;
    }

    private static int checkedIndex(LocalDate date) {
        if (date.isBefore(FIRST_DATE)) {
            throw new LawInputException("date", "base rates exist from " + FIRST_DATE + " (§247 BGB), not for " + date);
        }
        return halfYearIndex(date);
    }

    static int halfYearIndex(LocalDate date) {
        return (date.getYear() - 2002) * 2 + (date.getMonthValue() >= 7 ? 1 : 0);
    }

    static LocalDate nextHalfYearStart(LocalDate date) {
        return date.getMonthValue() < 7 ? LocalDate.of(date.getYear(), 7, 1) : LocalDate.of(date.getYear() + 1, 1, 1);
    }

    static Comparator<BaseRate> byDate() {
        return Comparator.comparing(BaseRate::validFrom);
    }
}
