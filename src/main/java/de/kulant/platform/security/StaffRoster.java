package de.kulant.platform.security;

import de.kulant.platform.Role;
import de.kulant.platform.StaffDirectory;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staff directory read from {@code staff_user}. */
@Component
class StaffRoster implements StaffDirectory {

    private final JdbcClient jdbc;

    StaffRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> activeAgents() {
        return jdbc.sql("select username from staff_user where enabled = true and role = :role order by username")
                .param("role", Role.AGENT.name())
                .query(String.class)
                .list();
    }

    @Override
    public boolean isActiveStaff(String username) {
        return username != null && jdbc.sql("select count(*) from staff_user where enabled = true and username = :name")
                .param("name", username)
                .query(Long.class)
                .single() > 0;
    }
}
