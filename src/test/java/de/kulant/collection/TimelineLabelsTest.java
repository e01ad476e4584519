package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every timeline entry and queue reason a case worker sees has a label in German and English, not a raw code. */
class TimelineLabelsTest {

    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z_]*[A-Z])\"");

    private static Properties messages(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TimelineLabelsTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> activityKinds() throws IOException {
        Set<String> kinds = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/de/kulant"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (int at = source.indexOf("ActivityStore.entry("); at >= 0;
                     at = source.indexOf("ActivityStore.entry(", at + 1)) {
                    Matcher m = LITERAL.matcher(thirdArgument(source, at + "ActivityStore.entry(".length()));
                    while (m.find()) {
                        kinds.add(m.group(1));
                    }
                }
            }
        }
        for (String state : new String[] {"FILED", "SERVED", "OBJECTED", "ENFORCEMENT_APPLIED", "ENFORCEMENT_ORDER",
                "WITHDRAWN"}) {
            kinds.add("COURT_" + state);
        }
        kinds.add("COURT_APPROVAL_APPROVED");
        kinds.add("COURT_APPROVAL_DECLINED");
        return kinds;
    }

    /** The text of a call's third argument, commas inside parentheses left alone; a literal ending in _ is a prefix. */
    private static String thirdArgument(String source, int from) {
        int depth = 0;
        int argument = 0;
        StringBuilder third = new StringBuilder();
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (depth == 0 && (c == ')' || c == ',' && ++argument > 2)) {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (argument == 2 && !(depth == 0 && c == ',')) {
                third.append(c);
            }
        }
        return third.toString();
    }

    @Test
    void everyActivityKindHasALabelInBothLanguages() throws IOException {
        Set<String> kinds = activityKinds();
        assertThat(kinds).as("the scan finds the entries").contains("CASE_OPENED", "PLAN", "PAUSE", "SETTLEMENT");
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties labels = messages(file);
            assertThat(kinds.stream().filter(k -> !labels.containsKey("activity." + k)).toList()).as(file).isEmpty();
        }
    }

    @Test
    void everyQueueReasonHasALabelInBothLanguages() throws IOException {
        Set<String> codes = new TreeSet<>();
        Priority.of(new Priority.Facts(Money.eur("5000.00"), 300, true, true, true, true, true, true, true, true,
                true, true, true, true, true, true)).reasons().forEach(r -> codes.add(r.code()));
        Priority.of(new Priority.Facts(Money.eur("5000.00"), 300, false, true, false, false, false, false, false,
                false, false, true, false, false, false, false)).reasons().forEach(r -> codes.add(r.code()));
        assertThat(codes).contains("PLAN_DEFAULTED", "WAITING_FOR_PLAN", "COURT_ACTION_DUE", "WAITING_FOR_PROMISE");
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties labels = messages(file);
            assertThat(codes.stream().filter(c -> !labels.containsKey("priority." + c)).toList()).as(file).isEmpty();
        }
    }
}
