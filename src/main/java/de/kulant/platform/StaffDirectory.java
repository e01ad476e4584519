package de.kulant.platform;

import java.util.List;

/** Who works cases: the staff accounts that may be assigned one. */
public interface StaffDirectory {

    /** Usernames of the enabled case workers (AGENT), in a stable order. */
    List<String> activeAgents();

    /** Whether {@code username} is an enabled staff account (AGENT or ADMIN) that may own a case. */
    boolean isActiveStaff(String username);
}
