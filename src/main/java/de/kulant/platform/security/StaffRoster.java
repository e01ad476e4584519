package de.kulant.platform.security;

import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.Role;
import de.kulant.platform.StaffDirectory;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The staff directory read from {@code staff_user}. */
@Component
class StaffRoster implements StaffDirectory {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    StaffRoster(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public List<String> activeAgents() {
        return jdbc.sql("select username from staff_user where enabled = true and role = :role order by username")
                .param("role", Role.AGENT.name())
                .query(String.class)
                .list();
    }

    @Override
    public List<Agent> activeAgentSkills() {
        return jdbc.sql("select username, languages, b2b, capacity from staff_user where enabled = true and role = :role "
                        + "order by username")
                .param("role", Role.AGENT.name())
                .query((rs, n) -> new Agent(rs.getString(1), Set.of(rs.getString(2).split(",")), rs.getBoolean(3),
                        (Integer) rs.getObject(4)))
                .list();
    }

    /** Changes a case worker's skills, each checked; nothing is stored when one is wrong. */
    @Transactional
    public Agent changeSkills(UUID id, List<String> languages, Boolean b2b, Integer capacity, Actor actor) {
        InputCheck check = new InputCheck();
        Set<String> langs = new TreeSet<>();
        if (languages == null || languages.isEmpty()) {
            check.violation("languages", "required", "is required");
        } else {
            for (String language : languages) {
                String l = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
                if (!l.equals("de") && !l.equals("en")) {
                    check.violation("languages", "unknownValue", "must be de or en", String.valueOf(language));
                }
                langs.add(l);
            }
        }
        if (capacity != null && (capacity < 1 || capacity > 100_000)) {
            check.violation("capacity", "capacityRange", "must lie between 1 and 100000", 100_000);
        }
        check.throwIfInvalid();
        String username = jdbc.sql("select username from staff_user where id = :id").param("id", id)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("staff user"));
        jdbc.sql("update staff_user set languages = :languages, b2b = :b2b, capacity = :capacity where id = :id")
                .param("languages", String.join(",", langs)).param("b2b", b2b == null || b2b)
                .param("capacity", capacity).param("id", id)
                .update();
        Agent after = new Agent(username, Set.copyOf(langs), b2b == null || b2b, capacity);
        audit.record(new AuditEntry(null, "staff-user", id.toString(), "staff.skills-changed", actor, null, after));
        return after;
    }

    @Override
    public boolean isActiveStaff(String username) {
        return username != null && jdbc.sql("select count(*) from staff_user where enabled = true and username = :name")
                .param("name", username)
                .query(Long.class)
                .single() > 0;
    }
}
