package de.kulant.correspondence;

import java.util.Optional;

/**
 * Where sent documents are kept, write-once: the file system under the data directory by default; an object
 * store can take its place by implementing this interface.
 */
public interface DocumentArchive {

    /** Stores the bytes under a new key and returns it; a stored document is never changed. */
    String store(String name, byte[] bytes);

    Optional<byte[]> read(String key);

    /** Deletes a document whose retention period has passed (the only way a stored document goes away). */
    void erase(String key);
}
