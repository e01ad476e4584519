package de.kulant.platform;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids as time-ordered UUIDs (version 7, RFC 9562): unique without a database round trip, inserted in
 * index order (which keeps bulk inserts fast), and strictly increasing within this process, so rows
 * written in one transaction sort in the order they were made.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long sequence;

    private Ids() {
    }

    public static UUID next() {
        long millis;
        long counter;
        synchronized (Ids.class) {
            long now = System.currentTimeMillis();
            if (now > lastMillis) {
                lastMillis = now;
                sequence = 0;
            } else if (++sequence > 0xFFF) {
                lastMillis++;
                sequence = 0;
            }
            millis = lastMillis;
            counter = sequence;
        }
        long most = (millis << 16) | 0x7000L | counter;
        long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
