package de.kulant.platform.security;

import de.kulant.platform.Ids;
import de.kulant.platform.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Staff accounts (ADMIN, AGENT) with hashed passwords in {@code staff_user}. */
@Component
class StaffUsers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffUsers(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from staff_user where username = :username")
                .param("username", username.toLowerCase(Locale.ROOT))
                .query((rs, n) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(List.of(new SimpleGrantedAuthority(Role.valueOf(rs.getString(3)).authority())))
                        .disabled(!rs.getBoolean(4))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such staff user"));
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from staff_user").query(Long.class).single() == 0;
    }

    void create(String username, String rawPassword, Role role) {
        jdbc.sql("""
                        insert into staff_user (id, username, password_hash, role, enabled, created_at, password_set_at)
                        values (:id, :username, :hash, :role, true, :now, :now)""")
                .param("id", Ids.next())
                .param("username", username.toLowerCase(Locale.ROOT))
                .param("hash", passwords.encode(rawPassword))
                .param("role", role.name())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
