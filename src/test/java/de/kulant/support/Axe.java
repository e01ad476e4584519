package de.kulant.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (the WebJar on the test classpath, never a CDN) run in the page the browser shows: the WCAG 2.1 A and AA
 * rules, reported as one line per serious or critical violation with the elements it found.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The serious and critical violations of the page shown now; empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(ChromeDriver browser) {
        browser.executeScript(SCRIPT);
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<String> lines = new ArrayList<>();
        for (Object violation : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) violation;
            lines.add(browser.getCurrentUrl() + ": " + v.get("impact") + " " + v.get("id") + " (" + v.get("help") + ") at "
                    + v.get("nodes"));
        }
        return lines;
    }
}
