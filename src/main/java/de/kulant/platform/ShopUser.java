package de.kulant.platform;

import java.io.Serializable;
import java.util.UUID;

/**
 * A signed-in user of a shop's own web app: which shop they act for and in which role ({@code OWNER} may change
 * things, {@code ACCOUNTANT} reads). The web layer turns it into a {@link Caller} of that creditor.
 */
public record ShopUser(UUID id, CreditorId creditorId, String email, String role) implements Serializable {

    public static final String OWNER = "OWNER";
    public static final String ACCOUNTANT = "ACCOUNTANT";

    /** The Spring Security authority of the role: {@code ROLE_SHOP_OWNER}, {@code ROLE_SHOP_ACCOUNTANT}. */
    public String authority() {
        return "ROLE_SHOP_" + role;
    }

    /** Refuses (403) anyone but the shop's owner; {@code onlyOwner} says what only the owner does. */
    public static void requireOwner(ShopUser user, String onlyOwner) {
        if (user == null || !OWNER.equals(user.role())) {
            throw new ForbiddenException(onlyOwner);
        }
    }
}
