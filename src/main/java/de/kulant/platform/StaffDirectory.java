package de.kulant.platform;

import java.util.List;
import java.util.Set;

/** Who works cases: the staff accounts that may be assigned one. */
public interface StaffDirectory {

    /** A case worker's skills: the languages ("de", "en") they work in, business debtors, and the most open cases. */
    record Agent(String username, Set<String> languages, boolean b2b, Integer capacity) {
    }

    /** Usernames of the enabled case workers (AGENT), in a stable order. */
    List<String> activeAgents();

    /** The enabled case workers with their skills, in the order of {@link #activeAgents()}. */
    List<Agent> activeAgentSkills();

    /** Whether {@code username} is an enabled staff account (AGENT or ADMIN) that may own a case. */
    boolean isActiveStaff(String username);
}
