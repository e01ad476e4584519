package de.kulant.platform;

/**
 * Who did something, as written to the audit trail: a staff user, a creditor's API key, a debtor in the portal
 * (named by the case reference they signed in with), a shop's own user (by e-mail address), or the system.
 */
public record Actor(Kind kind, String name) {

    public enum Kind { STAFF, API_KEY, DEBTOR, SHOP_USER, SYSTEM }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, "system");
    }

    public static Actor staff(String username) {
        return new Actor(Kind.STAFF, username);
    }

    public static Actor shopUser(String email) {
        return new Actor(Kind.SHOP_USER, email);
    }

    public static Actor debtor(String caseReference) {
        return new Actor(Kind.DEBTOR, caseReference);
    }

    /** e.g. {@code "staff:admin"} or {@code "api-key:kul_3f9a"}. */
    public String label() {
        return switch (kind) {
            case STAFF -> "staff:" + name;
            case API_KEY -> "api-key:" + name;
            case DEBTOR -> "portal:" + name;
            case SHOP_USER -> "shop-user:" + name;
            case SYSTEM -> "system";
        };
    }

    /** The actor a {@link #label()} names. */
    public static Actor fromLabel(String label) {
        if (label == null || label.equals("system")) {
            return system();
        }
        int colon = label.indexOf(':');
        String name = label.substring(colon + 1);
        return switch (label.substring(0, colon)) {
            case "staff" -> staff(name);
            case "api-key" -> new Actor(Kind.API_KEY, name);
            case "portal" -> debtor(name);
            case "shop-user" -> shopUser(name);
            default -> throw new IllegalArgumentException("not an actor's label: " + label);
        };
    }
}
