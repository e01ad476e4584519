package de.kulant.platform;

/** What a caller may do. Staff are ADMIN or AGENT; a creditor's API key acts as CREDITOR. */
public enum Role {
    ADMIN, AGENT, CREDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
