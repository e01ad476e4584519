package de.kulant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes a benchmark's figures to target/bench/&lt;name&gt;.txt and the console, for docs/BENCHMARKS.md. */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void write(String name, String text) {
        System.out.println("\n=== " + name + " ===\n" + text);
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
