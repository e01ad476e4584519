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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One version of the fee table of §13 RVG: the 1.0 fee for a claim value. */
public record RvgFeeTable(String name, LocalDate validFrom, long smallUpToCents, long smallFeeCents,
                          long baseUpToCents, long baseFeeCents, List<Step> steps) {

    /** For values up to {@code upToCents} (Long.MAX_VALUE: no limit), {@code feeCents} per started {@code stepCents}. */
    public record Step(long upToCents, long stepCents, long feeCents) {
    }

    /** The 1.0 fee in cents for an undisputed collection of a claim of {@code valueCents}. */
    public long oneFeeCents(long valueCents) {
        if (valueCents <= smallUpToCents) {
            return smallFeeCents;
        }
        long fee = baseFeeCents;
        long lower = baseUpToCents;
        for (Step step : steps) {
            if (valueCents <= lower) {
                break;
            }
            long portion = Math.min(valueCents, step.upToCents()) - lower;
            long started = (portion + step.stepCents() - 1) / step.stepCents();
            fee += started * step.feeCents();
            lower = step.upToCents();
        }
        return fee;
    }

    /** All tables shipped with this release, oldest first. */
    public static List<RvgFeeTable> published() {
        try (InputStream in = RvgFeeTable.class.getResourceAsStream("rvg-fees.csv")) {
            if (in == null) {
                throw new IllegalStateException("rvg-fees.csv missing from the classpath");
            }
            Map<String, List<String[]>> rows = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("table;")) {
                    continue;
                }
                String[] parts = line.split(";", -1);
                rows.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
            }
            List<RvgFeeTable> tables = new ArrayList<>();
            rows.forEach((name, parts) -> tables.add(parse(name, parts)));
            tables.sort(Comparator.comparing(RvgFeeTable::validFrom));
            return List.copyOf(tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RvgFeeTable parse(String name, List<String[]> rows) {
        LocalDate validFrom = LocalDate.parse(rows.get(0)[1]);
        long smallUpTo = 0;
        long smallFee = 0;
        long baseUpTo = 0;
        long baseFee = 0;
        List<Step> steps = new ArrayList<>();
        for (String[] row : rows) {
            long upTo = row[3].isBlank() ? Long.MAX_VALUE : cents(row[3]);
            long fee = cents(row[5]);
            switch (row[2]) {
                case "small" -> { smallUpTo = upTo; smallFee = fee; }
                case "base" -> { baseUpTo = upTo; baseFee = fee; }
                case "step" -> steps.add(new Step(upTo, cents(row[4]), fee));
                default -> throw new IllegalStateException("unknown row kind " + row[2] + " in rvg-fees.csv");
            }
        }
        return new RvgFeeTable(name, validFrom, smallUpTo, smallFee, baseUpTo, baseFee, List.copyOf(steps));
    }

    private static long cents(String euros) {
        return new BigDecimal(euros.strip()).movePointRight(2).longValueExact();
    }
}
