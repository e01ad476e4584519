package de.kulant.creditors.internal;

import de.kulant.platform.CreditorId;
import de.kulant.platform.ShopUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A shop's own users and their one-time links (e-mail confirmation), the links stored as SHA-256 of the secret. */
@Repository
public class ShopUserStore {

    /** A user as signing in needs them: the hash to compare, and whether the e-mail address is confirmed. */
    public record Account(ShopUser user, String passwordHash, boolean confirmed) {
    }

    private final JdbcClient jdbc;

    ShopUserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the e-mail address has an account already (any case). */
    public boolean insert(ShopUser user, String passwordHash, Instant now) {
        return jdbc.sql("""
                        insert into creditor_user (id, creditor_id, email, password_hash, role, created_at)
                        select :id, :creditor, :email, :hash, :role, :now
                        where not exists (select 1 from creditor_user where email = :email)""")
                .param("id", user.id()).param("creditor", user.creditorId().value()).param("email", user.email())
                .param("hash", passwordHash).param("role", user.role()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    public Optional<ShopUser> byId(UUID id) {
        return jdbc.sql("select id, creditor_id, email, role from creditor_user where id = :id").param("id", id)
                .query((rs, n) -> new ShopUser(rs.getObject("id", UUID.class),
                        new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getString("email"),
                        rs.getString("role")))
                .optional();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from creditor_user where email = :email").param("email", email)
                .query(Integer.class).single() > 0;
    }

    public Optional<Account> byEmail(String email) {
        return jdbc.sql("select id, creditor_id, email, role, password_hash, confirmed_at from creditor_user "
                        + "where email = :email")
                .param("email", email)
                .query((rs, n) -> new Account(new ShopUser(rs.getObject("id", UUID.class),
                        new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getString("email"),
                        rs.getString("role")), rs.getString("password_hash"), rs.getTimestamp("confirmed_at") != null))
                .optional();
    }

    public void insertLink(String tokenHash, UUID user, String purpose, Instant expiresAt) {
        jdbc.sql("insert into creditor_user_link (token_hash, user_id, purpose, expires_at) "
                        + "values (:hash, :user, :purpose, :expires)")
                .param("hash", tokenHash).param("user", user).param("purpose", purpose)
                .param("expires", Timestamp.from(expiresAt)).update();
    }

    /** Uses an unused, unexpired link once; the user it belongs to, or empty. */
    public Optional<UUID> useLink(String tokenHash, String purpose, Instant now) {
        Optional<UUID> user = jdbc.sql("select user_id from creditor_user_link where token_hash = :hash "
                        + "and purpose = :purpose and used_at is null and expires_at > :now")
                .param("hash", tokenHash).param("purpose", purpose).param("now", Timestamp.from(now))
                .query(UUID.class).optional();
        return user.filter(id -> jdbc.sql("update creditor_user_link set used_at = :now where token_hash = :hash "
                        + "and used_at is null")
                .param("now", Timestamp.from(now)).param("hash", tokenHash).update() == 1);
    }

    public void confirm(UUID user, Instant now) {
        jdbc.sql("update creditor_user set confirmed_at = :now where id = :id and confirmed_at is null")
                .param("now", Timestamp.from(now)).param("id", user).update();
    }
}
