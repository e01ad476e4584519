package de.kulant.dunning.web;

import de.kulant.dunning.PolicyInput;
import de.kulant.dunning.PolicyInput.ConditionInput;
import de.kulant.dunning.PolicyInput.LevelInput;
import de.kulant.dunning.PolicyInput.SegmentInput;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.money.Amounts;
import de.kulant.platform.web.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy editor's form exactly as typed, so that a refused form comes back unchanged. Every input is named by the
 * path the API uses for the same field ({@code levels[1].fee} is the input {@code levels-1-fee}); rows left empty are
 * skipped, and the API's paths of what is stored are mapped back to the rows they came from.
 */
record PolicyForm(List<LevelRow> levels, String handover, String minimumDays, String tone, boolean flatFee,
                  List<SegmentRow> segments) {

    static final int LEVEL_ROWS = 6;
    private static final Pattern INDEXED = Pattern.compile("^(segments\\[)(\\d+)(]\\.levels\\[)(\\d+)]|^(levels\\[|segments\\[)(\\d+)]");

    record LevelRow(String name, String days, String fee, String channel, String term, boolean announces) {
        static final LevelRow EMPTY = new LevelRow("", "", "", "EMAIL", "", false);

        public boolean isEmpty() {
            return name.isBlank() && days.isBlank();
        }
    }

    /** A segment: conditions, the variant it gets (tone, handover, own levels), and whether to drop it. */
    record SegmentRow(String name, String debtorKind, String minAmount, String maxAmount, String history,
                      String customerTag, String tone, String handover, List<LevelRow> levels, boolean remove) {

        public boolean isEmpty() {
            return name.isBlank() && customerTag.isBlank() && minAmount.isBlank() && maxAmount.isBlank();
        }

        public boolean hasOwnLevels() {
            return levels.stream().anyMatch(l -> !l.isEmpty());
        }
    }

    /** The stored policy as the form shows it: fees in the reader's number form, empty rows to add a level or segment. */
    static PolicyForm of(PolicyInput stored, Formats formats) {
        List<SegmentRow> segments = new ArrayList<>();
        for (SegmentInput s : stored.segments() == null ? List.<SegmentInput>of() : stored.segments()) {
            ConditionInput when = s.when() == null ? new ConditionInput(null, null, null, null, null) : s.when();
            segments.add(new SegmentRow(text(s.name()), text(when.debtorKind()), shown(when.minAmount(), formats),
                    shown(when.maxAmount(), formats), text(when.history()), text(when.customerTag()),
                    text(s.tone()), number(s.handoverDaysAfterDue()), rows(s.levels(), formats), false));
        }
        segments.add(emptySegment());
        return new PolicyForm(rows(stored.levels(), formats), number(stored.handoverDaysAfterDue()),
                number(stored.minimumDaysBetweenLevels()), text(stored.tone()),
                Boolean.TRUE.equals(stored.chargeBusinessFlatFee()), segments);
    }

    /** The form as posted. */
    static PolicyForm read(Map<String, String> form) {
        List<SegmentRow> segments = new ArrayList<>();
        for (int j = 0; form.containsKey("segments-" + j + "-name"); j++) {
            String at = "segments-" + j + "-";
            segments.add(new SegmentRow(value(form, at + "name"), value(form, at + "when-debtorKind"),
                    value(form, at + "when-minAmount"), value(form, at + "when-maxAmount"),
                    value(form, at + "when-history"), value(form, at + "when-customerTag"), value(form, at + "tone"),
                    value(form, at + "handoverDaysAfterDue"), readRows(form, at + "levels-"),
                    form.containsKey(at + "remove")));
        }
        if (segments.isEmpty() || !segments.get(segments.size() - 1).isEmpty()) {
            segments.add(emptySegment());
        }
        return new PolicyForm(readRows(form, "levels-"), value(form, "handoverDaysAfterDue"),
                value(form, "minimumDaysBetweenLevels"), value(form, "tone"), form.containsKey("chargeBusinessFlatFee"),
                segments);
    }

    /** What the API takes; numbers the page cannot read are reported at their row's path into {@code refused}. */
    Converted toInput(Locale locale, List<FieldViolation> refused) {
        List<Integer> levelRows = new ArrayList<>();
        List<LevelInput> main = levels("levels", levels, locale, refused, levelRows);
        List<SegmentInput> segmentInputs = new ArrayList<>();
        List<Integer> segmentRows = new ArrayList<>();
        List<List<Integer>> segmentLevelRows = new ArrayList<>();
        for (int j = 0; j < segments.size(); j++) {
            SegmentRow s = segments.get(j);
            if (s.remove() || s.isEmpty() && !s.hasOwnLevels()) {
                continue;
            }
            String at = "segments[" + j + "]";
            List<Integer> ownRows = new ArrayList<>();
            List<LevelInput> own = levels(at + ".levels", s.levels(), locale, refused, ownRows);
            segmentInputs.add(new SegmentInput(s.name(), new ConditionInput(blank(s.debtorKind()),
                    amount(s.minAmount(), locale),
                    amount(s.maxAmount(), locale), blank(s.history()),
                    blank(s.customerTag())), blank(s.tone()), own.isEmpty() ? null : own,
                    integer(at + ".handoverDaysAfterDue", s.handover(), refused)));
            segmentRows.add(j);
            segmentLevelRows.add(ownRows);
        }
        PolicyInput input = new PolicyInput(main, integer("handoverDaysAfterDue", handover, refused),
                integer("minimumDaysBetweenLevels", minimumDays, refused), blank(tone), flatFee, segmentInputs);
        return new Converted(input, levelRows, segmentRows, segmentLevelRows);
    }

    /** The input and, per stored level and segment, the row of the form it came from. */
    record Converted(PolicyInput input, List<Integer> levelRows, List<Integer> segmentRows,
                     List<List<Integer>> segmentLevelRows) {

        /** The API's path of a refused field ({@code levels[0].fee}) as the path of the form's row. */
        String rowPath(String path) {
            Matcher m = INDEXED.matcher(path == null ? "" : path);
            if (!m.find()) {
                return path;
            }
            if (m.group(1) != null) {
                int segment = Integer.parseInt(m.group(2));
                int level = Integer.parseInt(m.group(4));
                return "segments[" + at(segmentRows, segment) + "].levels["
                        + at(segmentLevelRows.get(segment), level) + "]" + path.substring(m.end());
            }
            List<Integer> rows = m.group(5).equals("levels[") ? levelRows : segmentRows;
            return m.group(5) + at(rows, Integer.parseInt(m.group(6))) + "]" + path.substring(m.end());
        }

        private static int at(List<Integer> rows, int index) {
            return index < rows.size() ? rows.get(index) : index;
        }
    }

    /** The id and name of the input for a field path: {@code segments[0].when.minAmount} is {@code segments-0-when-minAmount}. */
    static String inputId(String path) {
        return path.replace("]", "").replace('[', '-').replace('.', '-');
    }

    private static List<LevelInput> levels(String path, List<LevelRow> rows, Locale locale,
                                           List<FieldViolation> refused, List<Integer> rowsTaken) {
        List<LevelInput> levels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LevelRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String at = path + "[" + i + "]";
            levels.add(new LevelInput(levels.size() + 1, row.name(), integer(at + ".daysAfterDue", row.days(), refused),
                    amount(row.fee(), locale), blank(row.channel()),
                    integer(at + ".paymentTermDays", row.term(), refused), row.announces()));
            rowsTaken.add(i);
        }
        return levels;
    }

    private static List<LevelRow> rows(List<LevelInput> levels, Formats formats) {
        List<LevelRow> rows = new ArrayList<>();
        for (LevelInput l : levels == null ? List.<LevelInput>of() : levels) {
            rows.add(new LevelRow(text(l.name()), number(l.daysAfterDue()), shown(l.fee(), formats),
                    text(l.channel()), number(l.paymentTermDays()), Boolean.TRUE.equals(l.announcesHandover())));
        }
        while (rows.size() < LEVEL_ROWS) {
            rows.add(LevelRow.EMPTY);
        }
        return rows;
    }

    private static List<LevelRow> readRows(Map<String, String> form, String prefix) {
        List<LevelRow> rows = new ArrayList<>();
        for (int i = 0; i < LEVEL_ROWS; i++) {
            String at = prefix + i + "-";
            rows.add(new LevelRow(value(form, at + "name"), value(form, at + "daysAfterDue"), value(form, at + "fee"),
                    form.getOrDefault(at + "channel", "EMAIL"), value(form, at + "paymentTermDays"),
                    form.containsKey(at + "announcesHandover")));
        }
        return rows;
    }

    private static SegmentRow emptySegment() {
        List<LevelRow> rows = new ArrayList<>();
        while (rows.size() < LEVEL_ROWS) {
            rows.add(LevelRow.EMPTY);
        }
        return new SegmentRow("", "", "", "", "", "", "", "", rows, false);
    }

    /** A typed amount in the API's form ({@code 5,00} becomes {@code 5.00}); what is no number goes on as typed. */
    private static String amount(String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Amounts.parse(typed, !"en".equals(locale.getLanguage())).map(BigDecimal::toPlainString)
                .orElse(typed.strip());
    }

    private static Integer integer(String path, String typed, List<FieldViolation> refused) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            refused.add(FieldViolation.coded(path, "wholeDays", "'" + typed.strip() + "' is not a whole number of days",
                    typed.strip()));
            return null;
        }
    }

    private static String shown(String stored, Formats formats) {
        return stored == null || stored.isBlank() ? "" : formats.decimal(new BigDecimal(stored));
    }

    private static String value(Map<String, String> form, String name) {
        return form.getOrDefault(name, "").strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
