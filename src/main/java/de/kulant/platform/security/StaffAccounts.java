package de.kulant.platform.security;

import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.ConflictException;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.Role;
import de.kulant.platform.SortColumns;
import de.kulant.platform.StaffLink.Purpose;
import de.kulant.platform.StaffLink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins create, invite, deactivate and reset staff members; each person sets and changes their own
 * password. Every change is audited; links to set a password are stored only as a hash.
 */
@Service
class StaffAccounts {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_VALIDITY = Duration.ofHours(24);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    private static final String SELECT = """
            select u.id, u.username, u.name, u.email, u.role, u.enabled, u.created_at, u.password_set_at,
                   (select max(l.expires_at) from staff_password_link l where l.user_id = u.id and l.expires_at > :now)
            from staff_user u""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an admin typed to create a staff member; without a password the person gets an invitation link. */
    record NewStaffMember(String username, String name, String email, String role, String password) {
    }

    /** The account created, and the invitation when no password was given. */
    record Created(StaffAccount account, Optional<StaffLink> invitation) {
    }

    /**
     * The staff list's columns. An agency's staff is a few dozen people, so the list is shown whole, active people
     * first, in the order chosen.
     */
    static final SortColumns LIST_ORDER = new SortColumns("u.id",
            new SortColumns.Column("username", "u.username", SortColumns.KeyType.TEXT, false),
            new SortColumns.Column("name", "u.name", SortColumns.KeyType.TEXT, false),
            new SortColumns.Column("email", "u.email", SortColumns.KeyType.TEXT, false),
            new SortColumns.Column("role", "u.role", SortColumns.KeyType.TEXT, false),
            new SortColumns.Column("createdAt", "u.created_at", SortColumns.KeyType.TIMESTAMP, true));

    List<StaffAccount> list() {
        return list(LIST_ORDER.defaultOrder());
    }

    List<StaffAccount> list(ListOrder order) {
        return jdbc.sql(SELECT + LIST_ORDER.orderBy(order, false).replace(" order by ", " order by u.enabled desc, "))
                .param("now", now()).query(this::account).list();
    }

    StaffAccount find(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("now", now()).param("id", id).query(this::account)
                .optional().orElseThrow(() -> new NotFoundException("staff user " + id));
    }

    @Transactional
    Created create(NewStaffMember member, Actor actor, String baseUrl, Locale locale) {
        InputCheck check = new InputCheck();
        String username = check.required("username", member.username() == null ? null
                : member.username().strip().toLowerCase(Locale.ROOT), 100);
        if (username != null && !USERNAME.matcher(username).matches()) {
            check.violation("username", "username", "use 3 to 100 letters, digits and . _ @ -");
        }
        String name = check.optional("name", member.name(), 200);
        String email = check.email("email", member.email(), member.password() == null || member.password().isEmpty());
        Role role = role(check, member.role());
        boolean invite = member.password() == null || member.password().isEmpty();
        if (!invite) {
            policy.check(check, "password", member.password(), username);
        }
        check.throwIfInvalid();
        if (jdbc.sql("select count(*) from staff_user where username = :u").param("u", username).query(Long.class)
                .single() > 0) {
            throw new ConflictException("a staff user named '" + username + "' exists already",
                    List.of(FieldViolation.coded("username", "usernameTaken", "is taken", username)));
        }
        UUID id = Ids.next();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into staff_user (id, username, name, email, password_hash, role, enabled, created_at,
                                                password_set_at)
                        values (:id, :username, :name, :email, :hash, :role, true, :now, :setAt)""")
                .param("id", id).param("username", username).param("name", name).param("email", email)
                .param("hash", passwords.encode(invite ? secret() : member.password()))
                .param("role", role.name()).param("now", Timestamp.from(now))
                .param("setAt", invite ? null : Timestamp.from(now))
                .update();
        Optional<StaffLink> invitation = invite
                ? Optional.of(issue(id, Purpose.INVITATION, baseUrl, locale)) : Optional.empty();
        StaffAccount account = find(id);
        audit.record(new AuditEntry(null, "staff_user", id.toString(), "STAFF_USER_CREATED", actor, null,
                snapshot(account)));
        return new Created(account, invitation);
    }

    @Transactional
    StaffAccount deactivate(UUID id, Actor actor) {
        StaffAccount before = find(id);
        if (actor.kind() == Actor.Kind.STAFF && actor.name().equals(before.username())) {
            throw new ConflictException("you cannot deactivate yourself; ask another admin",
                    List.of(FieldViolation.coded("id", "deactivateSelf", "is you")));
        }
        if (before.role() == Role.ADMIN && before.active() && activeAdmins() <= 1) {
            throw new ConflictException("the last active admin cannot be deactivated",
                    List.of(FieldViolation.coded("id", "lastAdmin", "is the last active admin")));
        }
        jdbc.sql("update staff_user set enabled = false, sessions_valid_from = :now where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        jdbc.sql("delete from staff_password_link where user_id = :id").param("id", id).update();
        return audited(before, "STAFF_USER_DEACTIVATED", actor);
    }

    @Transactional
    StaffAccount reactivate(UUID id, Actor actor) {
        StaffAccount before = find(id);
        jdbc.sql("update staff_user set enabled = true where id = :id").param("id", id).update();
        return audited(before, "STAFF_USER_REACTIVATED", actor);
    }

    /** A reset link for an active person; their old password keeps working until they use it. */
    @Transactional
    StaffLink issueReset(UUID id, Actor actor, String baseUrl, Locale locale) {
        StaffAccount before = find(id);
        if (!before.active()) {
            throw new ConflictException("reactivate " + before.username() + " before resetting the password",
                    List.of(FieldViolation.coded("id", "inactiveUser", "is deactivated")));
        }
        StaffLink link = issue(id, before.passwordSet() ? Purpose.RESET : Purpose.INVITATION, baseUrl, locale);
        audited(before, "STAFF_PASSWORD_LINK_ISSUED", actor);
        return link;
    }

    /** The person a valid link belongs to, or empty when the link is unknown, used or expired. */
    Optional<StaffAccount> linkHolder(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from staff_password_link where token_hash = :hash and expires_at > :now")
                .param("hash", hash(token)).param("now", now()).query(UUID.class).optional()
                .map(this::find).filter(StaffAccount::active);
    }

    /** Sets the password with a link; the link is spent and every other session of the person ends. */
    @Transactional
    StaffAccount setPassword(String token, String password, String repeated) {
        StaffAccount holder = linkHolder(token).orElseThrow(() -> new NotFoundException("password link"));
        store(holder, password, repeated, "newPassword");
        jdbc.sql("delete from staff_password_link where user_id = :id").param("id", holder.id()).update();
        return audited(holder, "STAFF_PASSWORD_SET", Actor.staff(holder.username()));
    }

    /** A signed-in person changes their own password after confirming the current one. */
    @Transactional
    void changeOwnPassword(String username, String current, String next, String repeated) {
        StaffAccount holder = jdbc.sql(SELECT + " where u.username = :username").param("now", now())
                .param("username", username).query(this::account).optional()
                .orElseThrow(() -> new NotFoundException("staff user " + username));
        String hash = jdbc.sql("select password_hash from staff_user where id = :id").param("id", holder.id())
                .query(String.class).single();
        if (current == null || !passwords.matches(current, hash)) {
            InputCheck check = new InputCheck();
            check.violation("currentPassword", "currentPasswordWrong", "is not your current password");
            check.throwIfInvalid();
        }
        if (next != null && next.equals(current)) {
            InputCheck check = new InputCheck();
            check.violation("newPassword", "passwordUnchanged", "must differ from the current password");
            check.throwIfInvalid();
        }
        store(holder, next, repeated, "newPassword");
        audited(holder, "STAFF_PASSWORD_CHANGED", Actor.staff(username));
    }

    /** Whether the person may still be signed in, and since when their sessions count. */
    record SessionStanding(boolean active, Instant sessionsValidFrom) {
    }

    Optional<SessionStanding> sessionStanding(String username) {
        return jdbc.sql("select enabled, sessions_valid_from from staff_user where username = :username")
                .param("username", username)
                .query((rs, n) -> new SessionStanding(rs.getBoolean(1), rs.getTimestamp(2) == null ? null
                        : rs.getTimestamp(2).toInstant()))
                .optional();
    }

    private void store(StaffAccount holder, String password, String repeated, String field) {
        InputCheck check = new InputCheck();
        policy.check(check, field, password, holder.username());
        if (check.isValid() && !password.equals(repeated)) {
            check.violation("repeatPassword", "passwordsDiffer", "does not match the new password");
        }
        check.throwIfInvalid();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        update staff_user set password_hash = :hash, password_set_at = :now, sessions_valid_from = :now
                        where id = :id""")
                .param("hash", passwords.encode(password)).param("now", now).param("id", holder.id()).update();
    }

    private StaffLink issue(UUID id, Purpose purpose, String baseUrl, Locale locale) {
        StaffAccount account = find(id);
        String token = secret();
        Instant now = clock.instant();
        Instant expires = now.plus(purpose == Purpose.INVITATION ? INVITATION_VALIDITY : RESET_VALIDITY);
        jdbc.sql("delete from staff_password_link where user_id = :id").param("id", id).update();
        jdbc.sql("""
                        insert into staff_password_link (token_hash, user_id, purpose, created_at, expires_at)
                        values (:hash, :id, :purpose, :now, :expires)""")
                .param("hash", hash(token)).param("id", id).param("purpose", purpose.name())
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires)).update();
        return new StaffLink(purpose, account.username(), account.name(), account.email(),
                baseUrl + "/password/" + token, expires, locale);
    }

    private StaffAccount audited(StaffAccount before, String action, Actor actor) {
        StaffAccount after = find(before.id());
        audit.record(new AuditEntry(null, "staff_user", before.id().toString(), action, actor, snapshot(before),
                snapshot(after)));
        return after;
    }

    private long activeAdmins() {
        return jdbc.sql("select count(*) from staff_user where role = 'ADMIN' and enabled = true").query(Long.class)
                .single();
    }

    private static Role role(InputCheck check, String role) {
        if ("ADMIN".equals(role) || "AGENT".equals(role)) {
            return Role.valueOf(role);
        }
        check.violation("role", "staffRole", "must be ADMIN or AGENT");
        return null;
    }

    private static Map<String, Object> snapshot(StaffAccount account) {
        return Map.of("username", account.username(), "name", String.valueOf(account.name()),
                "email", String.valueOf(account.email()), "role", account.role().name(), "active", account.active(),
                "passwordSet", account.passwordSet());
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private StaffAccount account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp link = rs.getTimestamp(9);
        return new StaffAccount(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                Role.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8) != null, link == null ? null : link.toInstant());
    }
}
