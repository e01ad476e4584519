package de.kulant.correspondence.internal;

import de.kulant.correspondence.DocumentArchive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Documents as files under {@code <data-dir>/archive/}, written once and then made read-only. */
@Component
class FileSystemDocumentArchive implements DocumentArchive {

    private final Path root;

    FileSystemDocumentArchive(@Value("${kulant.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "archive").toAbsolutePath().normalize();
    }

    @Override
    public String store(String name, byte[] bytes) {
        String key = name.substring(0, 2) + "/" + name;
        Path file = root.resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            file.toFile().setReadOnly();
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + name, e);
        }
    }

    @Override
    public Optional<byte[]> read(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void erase(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            return;
        }
        try {
            file.toFile().setWritable(true);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
