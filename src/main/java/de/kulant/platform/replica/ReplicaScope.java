package de.kulant.platform.replica;

/**
 * Marks the current thread's work as a page view that may read from the standby. Everything else (runs, jobs, API
 * calls, form posts) reads from the primary even in a read-only transaction, because it decides on what it reads.
 */
final class ReplicaScope {

    private static final ThreadLocal<Boolean> OPEN = new ThreadLocal<>();

    private ReplicaScope() {
    }

    static boolean isOpen() {
        return Boolean.TRUE.equals(OPEN.get());
    }

    static void enter() {
        OPEN.set(Boolean.TRUE);
    }

    static void leave() {
        OPEN.remove();
    }
}
