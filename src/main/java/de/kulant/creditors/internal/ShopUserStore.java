package de.kulant.creditors.internal;

import de.kulant.creditors.ShopMember;
import de.kulant.platform.CreditorId;
import de.kulant.platform.SecretBox;
import de.kulant.platform.ShopSignIn;
import de.kulant.platform.ShopUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's own users and their one-time links (address confirmation, invitation, new password), the links stored as
 * SHA-256 of the secret; the authenticator secret, which must be read again to check codes, stored encrypted
 * ({@link SecretBox}).
 */
@Repository
public class ShopUserStore {

    /** A user as signing in needs them: the hash to compare, and whether the e-mail address is confirmed. */
    public record Account(ShopUser user, String passwordHash, boolean confirmed) {
    }

    private final JdbcClient jdbc;
    private final SecretBox secrets;

    ShopUserStore(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /**
     * False when the e-mail address has an account already (any case, any shop: the directory {@code shop_login}
     * keeps addresses unique across shops and tells the sign-in which shop an address belongs to).
     */
    @Transactional
    public boolean insert(ShopUser user, String passwordHash, Instant now) {
        if (jdbc.sql("insert into shop_login (email, creditor_id, user_id) values (:email, :creditor, :id) "
                        + "on conflict do nothing")
                .param("id", user.id()).param("creditor", user.creditorId().value()).param("email", user.email())
                .update() == 0) {
            return false;
        }
        return jdbc.sql("""
                        insert into creditor_user (id, creditor_id, email, password_hash, role, created_at)
                        values (:id, :creditor, :email, :hash, :role, :now)""")
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
        return linkHolder(tokenHash, purpose, now).filter(id -> jdbc.sql("update creditor_user_link set used_at = :now "
                        + "where token_hash = :hash and used_at is null")
                .param("now", Timestamp.from(now)).param("hash", tokenHash).update() == 1);
    }

    public void confirm(UUID user, Instant now) {
        jdbc.sql("update creditor_user set confirmed_at = :now where id = :id and confirmed_at is null")
                .param("now", Timestamp.from(now)).param("id", user).update();
    }

    /** The shop's users, the first first. */
    public List<ShopMember> members(CreditorId creditor) {
        return jdbc.sql("select id, email, role, confirmed_at, created_at from creditor_user "
                        + "where creditor_id = :creditor order by created_at, email")
                .param("creditor", creditor.value())
                .query((rs, n) -> new ShopMember(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("role"), instant(rs.getTimestamp("confirmed_at")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A user's authenticator: the secret, and whether it is switched on. */
    public record TwoFactor(String secret, boolean enabled) {
    }

    public Optional<TwoFactor> twoFactor(UUID user) {
        return jdbc.sql("select totp_secret, totp_enabled_at from creditor_user where id = :id")
                .param("id", user)
                .query((rs, n) -> new TwoFactor(opened(rs.getString(1)), rs.getTimestamp(2) != null))
                .optional();
    }

    /** A stored secret in plain; one stored before secrets were sealed is plain already, until it is sealed. */
    private String opened(String stored) {
        return stored == null || !SecretBox.isSealed(stored) ? stored : secrets.open(stored);
    }

    /** Seals the authenticator secrets stored in plain before they were encrypted; how many it sealed. */
    public int sealPlainSecrets() {
        int sealed = 0;
        for (var plain : jdbc.sql("select id, totp_secret from creditor_user where totp_secret is not null "
                        + "and totp_secret not like 'v1:%'")
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()) {
            // only while it is still that plain value: another instance may have sealed or replaced it meanwhile
            sealed += jdbc.sql("update creditor_user set totp_secret = :sealed where id = :id and totp_secret = :plain")
                    .param("sealed", secrets.seal(plain.getValue())).param("id", plain.getKey())
                    .param("plain", plain.getValue()).update();
        }
        return sealed;
    }

    /** A new secret, not yet switched on; any earlier one is replaced and two-factor sign-in is off until confirmed. */
    public void pendTwoFactor(UUID user, String secret) {
        jdbc.sql("update creditor_user set totp_secret = :secret, totp_enabled_at = null, totp_last_step = null "
                        + "where id = :id")
                .param("secret", secrets.seal(secret)).param("id", user).update();
    }

    public void enableTwoFactor(UUID user, Instant now) {
        jdbc.sql("update creditor_user set totp_enabled_at = :now where id = :id and totp_secret is not null")
                .param("now", Timestamp.from(now)).param("id", user).update();
    }

    public void disableTwoFactor(UUID user) {
        jdbc.sql("update creditor_user set totp_secret = null, totp_enabled_at = null, totp_last_step = null "
                        + "where id = :id")
                .param("id", user).update();
    }

    /** Records a code's step as used; false when that step or a later one was used already (a replayed code). */
    public boolean useStep(UUID user, long step) {
        return jdbc.sql("update creditor_user set totp_last_step = :step where id = :id "
                        + "and (totp_last_step is null or totp_last_step < :step)")
                .param("step", step).param("id", user).update() == 1;
    }

    /** The user's role and since when sessions hold, for the check on each signed-in request. */
    public Optional<ShopSignIn.Standing> standing(UUID user) {
        return jdbc.sql("select role, sessions_valid_from from creditor_user where id = :id").param("id", user)
                .query((rs, n) -> new ShopSignIn.Standing(rs.getString("role"),
                        instant(rs.getTimestamp("sessions_valid_from"))))
                .optional();
    }

    /** The user an unused, unexpired link belongs to, without using it. */
    public Optional<UUID> linkHolder(String tokenHash, String purpose, Instant now) {
        return jdbc.sql("select user_id from creditor_user_link where token_hash = :hash and purpose = :purpose "
                        + "and used_at is null and expires_at > :now")
                .param("hash", tokenHash).param("purpose", purpose).param("now", Timestamp.from(now))
                .query(UUID.class).optional();
    }

    /**
     * A new password; it also confirms the address, since only its owner could read the link, and ends the sessions
     * that began before it.
     */
    public void setPassword(UUID user, String passwordHash, Instant now) {
        jdbc.sql("update creditor_user set password_hash = :hash, confirmed_at = coalesce(confirmed_at, :now), "
                        + "sessions_valid_from = :now where id = :id")
                .param("hash", passwordHash).param("now", Timestamp.from(now)).param("id", user).update();
    }

    /** Whether an unused link of the purpose expires after {@code expiringAfter}: one was made a moment ago. */
    public boolean openLinkExpiringAfter(UUID user, String purpose, Instant expiringAfter) {
        return jdbc.sql("select count(*) from creditor_user_link where user_id = :user and purpose = :purpose "
                        + "and used_at is null and expires_at > :after")
                .param("user", user).param("purpose", purpose).param("after", Timestamp.from(expiringAfter))
                .query(Integer.class).single() > 0;
    }

    /** Every unused link of a purpose stops working: a newer one replaces them, or the password was just set. */
    public void voidLinks(UUID user, String purpose, Instant now) {
        jdbc.sql("update creditor_user_link set used_at = :now where user_id = :user and purpose = :purpose "
                        + "and used_at is null")
                .param("now", Timestamp.from(now)).param("user", user).param("purpose", purpose).update();
    }

    /** Removes one of the shop's users with their links; false when the shop has no such user. */
    public boolean delete(CreditorId creditor, UUID user) {
        jdbc.sql("delete from creditor_user_link where user_id = (select id from creditor_user where id = :id "
                        + "and creditor_id = :creditor)")
                .param("id", user).param("creditor", creditor.value()).update();
        jdbc.sql("delete from shop_login where user_id = :id and creditor_id = :creditor")
                .param("id", user).param("creditor", creditor.value()).update();
        return jdbc.sql("delete from creditor_user where id = :id and creditor_id = :creditor")
                .param("id", user).param("creditor", creditor.value()).update() == 1;
    }

    /** Locks the shop's users, so that two owners removing each other cannot leave the shop without one. */
    public void lock(CreditorId creditor) {
        jdbc.sql("select id from creditor_user where creditor_id = :creditor order by id for update")
                .param("creditor", creditor.value()).query(UUID.class).list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
