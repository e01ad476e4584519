package de.kulant.platform;

import java.util.Optional;

/**
 * The authenticated caller of a request, resolved once by the web layer and passed on explicitly.
 * {@code creditor} is the tenant the request acts for: the key's own creditor, or the creditor an
 * admin named in the path.
 */
public record Caller(Actor actor, Role role, Optional<CreditorId> creditor) {

    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.AGENT;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Refuses (403) a request that is not staff's; {@code onlyStaff} says what only staff do. */
    public void requireStaff(String onlyStaff) {
        if (!isStaff()) {
            throw new ForbiddenException(onlyStaff);
        }
    }

    /** The tenant this request acts for; a staff request without one sees all creditors. */
    public CreditorId requireCreditor() {
        return creditor.orElseThrow(() -> new ForbiddenException(
                "this endpoint acts for one creditor: call it with the creditor's API key,"
                        + " or as admin under /api/v1/admin/creditors/{id}/..."));
    }
}
