package de.kulant.platform;

/** Who did something, as written to the audit trail: a staff user, a creditor's API key, or the system. */
public record Actor(Kind kind, String name) {

    public enum Kind { STAFF, API_KEY, SYSTEM }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, "system");
    }

    public static Actor staff(String username) {
        return new Actor(Kind.STAFF, username);
    }

    /** e.g. {@code "staff:admin"} or {@code "api-key:kul_3f9a"}. */
    public String label() {
        return switch (kind) {
            case STAFF -> "staff:" + name;
            case API_KEY -> "api-key:" + name;
            case SYSTEM -> "system";
        };
    }
}
