package de.kulant.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users of a test's shop in its web app, stored as the invitation flow would leave them, signed in by the form. */
public final class ShopLogins {

    public static final String PASSWORD = "Kastanie-Leuchtturm-31";

    private ShopLogins() {
    }

    /** A confirmed user of {@code creditorId} in {@code role} (OWNER, ACCOUNTANT); their e-mail address. */
    public static String user(JdbcTemplate jdbc, PasswordEncoder encoder, String creditorId, String role) {
        String email = role.toLowerCase() + System.nanoTime() + "@shop-app.example";
        jdbc.update("insert into creditor_user (id, creditor_id, email, password_hash, role, confirmed_at, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), UUID.fromString(creditorId), email,
                encoder.encode(PASSWORD), role, java.sql.Timestamp.from(Instant.now()),
                java.sql.Timestamp.from(Instant.now()));
        jdbc.update("insert into shop_login (email, creditor_id, user_id) select email, creditor_id, id "
                + "from creditor_user where email = ?", email);
        return email;
    }

    /** Signs {@code email} in at /app/login and checks the shop's start page answered. */
    public static StaffSession signIn(int port, String email) {
        StaffSession shop = StaffSession.anonymous(port);
        shop.get("/app/login");
        StaffSession.Page home = shop.post("/app/login", Map.of("email", email, "password", PASSWORD));
        assertThat(home.body()).as("signed in as " + email).contains("id=\"shop-name\"");
        return shop;
    }
}
