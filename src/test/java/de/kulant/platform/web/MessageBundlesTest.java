package de.kulant.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the UI and the letters exists in German and in English, so neither shows a raw key. */
class MessageBundlesTest {

    private static Set<String> keys(String file) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "letters"})
    void germanAndEnglishHaveTheSameKeys(String bundle) throws Exception {
        Set<String> german = keys(bundle + ".properties");
        Set<String> english = keys(bundle + "_en.properties");

        Set<String> onlyGerman = new TreeSet<>(german);
        onlyGerman.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(german);
        assertThat(onlyGerman).as("only in German").isEmpty();
        assertThat(onlyEnglish).as("only in English").isEmpty();
        assertThat(german).isNotEmpty();
    }
}
