package de.kulant.payments.internal;

import de.kulant.payments.PaymentsProperties;
import de.kulant.payments.StatementImport;
import de.kulant.platform.Actor;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ConflictException;
import de.kulant.platform.JobLocks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The watched import folder: a file that a banking program or a person drops there is imported as staff
 * would import it, then moved to {@code done/}; a refused file goes to {@code failed/} with the reason in a
 * text file beside it. A file is taken only once it has not changed for a few seconds (still being written).
 */
@Component
public class StatementFolder {

    private static final Logger log = LoggerFactory.getLogger(StatementFolder.class);
    private static final Duration SETTLED = Duration.ofSeconds(5);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-")
            .withZone(ZoneId.of("Europe/Berlin"));

    private final StatementImporter importer;
    private final PaymentsProperties properties;
    private final JobLocks locks;
    private final Clock clock;
    private final Path folder;

    StatementFolder(StatementImporter importer, PaymentsProperties properties, JobLocks locks, Clock clock,
                    @Value("${kulant.data-dir}") String dataDir) {
        this.importer = importer;
        this.properties = properties;
        this.locks = locks;
        this.clock = clock;
        this.folder = Path.of(dataDir).resolve(properties.importFolder()).toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    @Scheduled(fixedDelayString = "${kulant.payments.import-folder-interval:30s}", initialDelayString = "PT20S")
    void scheduled() {
        if (properties.importFolderEnabled()) {
            locks.tryLock("bank-import-folder", Duration.ofMinutes(30)).ifPresent(lock -> {
                try {
                    importWaiting();
                } finally {
                    lock.release();
                }
            });
        }
    }

    /** Imports every settled file in the folder, oldest first; returns what each import said. */
    public List<StatementImport> importWaiting() {
        List<StatementImport> results = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                log.warn("Cannot create the import folder {}: {}", folder, e.getMessage());
            }
            return results;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(this::settled)
                    .sorted((a, b) -> Long.compare(modified(a), modified(b)))
                    .toList();
        } catch (IOException e) {
            log.warn("Cannot read the import folder {}: {}", folder, e.getMessage());
            return results;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stamped = STAMP.format(clock.instant()) + name;
            log.info("Importing {} from the import folder", name);
            try (InputStream in = Files.newInputStream(file)) {
                StatementImport result = importer.importStatement(null, in, name, Actor.system());
                results.add(result);
                move(file, folder.resolve("done").resolve(stamped));
                log.info("Imported {} from the import folder: {} entries, {} matched, {} unmatched, {} duplicates",
                        name, result.entries(), result.matched(), result.unmatched(), result.duplicates());
            } catch (InvalidInputException e) {
                fail(file, stamped, e.getMessage());
            } catch (ConflictException e) {
                // another import of the account is running: the file stays and is taken next time
                log.info("Importing {} from the import folder waits: {}", name, e.getMessage());
            } catch (IOException | RuntimeException e) {
                log.error("Importing {} from the import folder failed", name, e);
                fail(file, stamped, "The import failed: " + e.getMessage());
            }
        }
        return results;
    }

    private void fail(Path file, String stamped, String reason) {
        Path failed = folder.resolve("failed");
        move(file, failed.resolve(stamped));
        try {
            Files.writeString(failed.resolve(stamped + ".error.txt"), reason + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Cannot write the reason for {}: {}", stamped, e.getMessage());
        }
        log.warn("Refused {} from the import folder: {}", file.getFileName(), reason);
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot move " + from + " to " + to, e);
        }
    }

    private boolean settled(Path file) {
        // modification times are the file system's wall clock, so they are compared with that, not the business clock
        return Instant.ofEpochMilli(modified(file)).isBefore(Instant.now().minus(SETTLED));
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
