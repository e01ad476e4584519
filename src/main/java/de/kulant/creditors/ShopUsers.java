package de.kulant.creditors;

import de.kulant.creditors.internal.ShopUserStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.Passwords;
import de.kulant.platform.ShopUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The users of a shop beyond the one who signed it up: the owner invites a person as owner or accountant (who sets
 * their own password from the e-mailed link) and removes them; anyone who forgot their password gets a link to set a
 * new one. Links are single-use and stored hashed; every change is audited.
 */
@Service
public class ShopUsers {

    static final String INVITE = "INVITE";
    static final String RESET = "RESET";

    private final ShopUserStore users;
    private final Creditors creditors;
    private final Passwords passwords;
    private final PasswordEncoder encoder;
    private final ShopUserMail mail;
    private final CreditorsProperties properties;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ShopUsers(ShopUserStore users, Creditors creditors, Passwords passwords, PasswordEncoder encoder, ShopUserMail mail,
              CreditorsProperties properties, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.creditors = creditors;
        this.passwords = passwords;
        this.encoder = encoder;
        this.mail = mail;
        this.properties = properties;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whose link it is: the address and the shop, for the page where the password is set. */
    public record LinkHolder(String email, String shopName) {
    }

    public List<ShopMember> members(CreditorId creditor) {
        return users.members(creditor);
    }

    /** Invites {@code email} into the shop as {@code role}; true when the e-mail with the link went out. */
    public boolean invite(ShopUser owner, String email, String role, Locale locale) {
        String secret = SignUps.secret();
        Instant expires = clock.instant().plus(properties.invitationValidFor());
        String login = transactions.execute(status -> {
            InputCheck check = new InputCheck();
            String address = check.email("email", email, true);
            String wanted = role == null ? null : role.strip().toUpperCase(Locale.ROOT);
            if (!ShopUser.OWNER.equals(wanted) && !ShopUser.ACCOUNTANT.equals(wanted)) {
                check.violation("role", "shopRole", "is OWNER or ACCOUNTANT");
            }
            check.throwIfInvalid();
            String lowered = address.toLowerCase(Locale.ROOT);
            ShopUser invited = new ShopUser(Ids.next(), owner.creditorId(), lowered, wanted);
            // an unusable password until the invited person sets theirs
            if (!users.insert(invited, encoder.encode(SignUps.secret()), clock.instant())) {
                throw new ConflictException("The e-mail address " + lowered + " has an account already.",
                        List.of(FieldViolation.coded("email", "memberTaken", "has an account already", lowered)));
            }
            users.insertLink(SignUps.hash(secret), invited.id(), INVITE, expires);
            audit.record(new AuditEntry(owner.creditorId(), "creditor-user", invited.id().toString(),
                    "creditor-user.invited", Actor.shopUser(owner.email()), null,
                    Map.of("email", lowered, "role", wanted)));
            return lowered;
        });
        return mail.send(ShopUserMail.Purpose.INVITE, login, shopName(owner.creditorId()),
                properties.link("/app/invitation/" + secret), expires, locale);
    }

    /** An invitation sent again: to whom, and whether the e-mail went out. */
    public record Invitation(String email, boolean mailed) {
    }

    /**
     * A new invitation link for a user of the shop who has not joined yet (the earlier one expired, or its e-mail was
     * lost); the earlier links stop working. One who joined already is refused; another shop's user is not found.
     */
    public Invitation inviteAgain(ShopUser owner, UUID id, Locale locale) {
        String secret = SignUps.secret();
        Instant expires = clock.instant().plus(properties.invitationValidFor());
        String login = transactions.execute(status -> {
            users.lock(owner.creditorId());
            ShopMember invited = users.members(owner.creditorId()).stream().filter(m -> m.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("shop user"));
            if (invited.confirmedAt() != null) {
                throw ConflictException.coded("memberJoined", invited.email() + " has joined already and signs in "
                        + "with their own password.", invited.email());
            }
            users.voidLinks(id, INVITE, clock.instant());
            users.insertLink(SignUps.hash(secret), id, INVITE, expires);
            audit.record(new AuditEntry(owner.creditorId(), "creditor-user", id.toString(),
                    "creditor-user.invited-again", Actor.shopUser(owner.email()), null,
                    Map.of("email", invited.email())));
            return invited.email();
        });
        return new Invitation(login, mail.send(ShopUserMail.Purpose.INVITE, login, shopName(owner.creditorId()),
                properties.link("/app/invitation/" + secret), expires, locale));
    }

    /** Removes one of the shop's users; never oneself, never the last owner. Another shop's user is not found. */
    public void remove(ShopUser owner, UUID id) {
        transactions.executeWithoutResult(status -> {
            users.lock(owner.creditorId());
            List<ShopMember> members = users.members(owner.creditorId());
            ShopMember gone = members.stream().filter(m -> m.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("shop user"));
            if (gone.id().equals(owner.id())) {
                throw ConflictException.coded("removeSelf", "You cannot remove yourself; another owner can.");
            }
            users.delete(owner.creditorId(), id);
            audit.record(new AuditEntry(owner.creditorId(), "creditor-user", id.toString(), "creditor-user.removed",
                    Actor.shopUser(owner.email()), Map.of("email", gone.email(), "role", gone.role()), null));
        });
    }

    /** The holder of an invitation link still open; empty when it is unknown, used or expired. */
    public Optional<LinkHolder> invitation(String secret) {
        return holder(secret, INVITE);
    }

    /** The holder of a new-password link still open; empty when it is unknown, used or expired. */
    public Optional<LinkHolder> passwordReset(String secret) {
        return holder(secret, RESET);
    }

    /** The invited person sets their password; from then on they sign in. */
    public ShopUser acceptInvitation(String secret, String password, String repeated) {
        return setPassword(secret, INVITE, password, repeated, "creditor-user.joined");
    }

    /** A new password from a reset link; every other open reset link of the user stops working. */
    public ShopUser resetPassword(String secret, String password, String repeated) {
        return setPassword(secret, RESET, password, repeated, "creditor-user.password-reset");
    }

    /**
     * E-mails a link to set a new password when the address has an account; says nothing either way, so that the
     * form does not tell a stranger who has an account. A new link replaces an open one, but not within a minute of
     * it, so that the form cannot fill a mailbox.
     */
    public void requestPasswordReset(String email, Locale locale) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        String secret = SignUps.secret();
        Instant expires = clock.instant().plus(properties.passwordResetValidFor());
        Optional<ShopUser> user = transactions.execute(status -> users.byEmail(email.strip().toLowerCase(Locale.ROOT))
                .map(ShopUserStore.Account::user)
                .filter(found -> !users.openLinkExpiringAfter(found.id(), RESET,
                        expires.minus(Duration.ofMinutes(1))))
                .map(found -> {
                    users.voidLinks(found.id(), RESET, clock.instant());
                    users.insertLink(SignUps.hash(secret), found.id(), RESET, expires);
                    audit.record(new AuditEntry(found.creditorId(), "creditor-user", found.id().toString(),
                            "creditor-user.password-reset-requested", Actor.shopUser(found.email()), null, null));
                    return found;
                }));
        user.ifPresent(found -> mail.send(ShopUserMail.Purpose.RESET, found.email(), shopName(found.creditorId()),
                properties.link("/app/password-reset/" + secret), expires, locale));
    }

    /**
     * A signed-in user changes their own password after confirming the current one; every session of theirs, this one
     * too, ends, and open reset links stop working.
     */
    public void changePassword(ShopUser user, String current, String next, String repeated) {
        transactions.executeWithoutResult(status -> {
            String hash = users.byEmail(user.email()).map(ShopUserStore.Account::passwordHash)
                    .orElseThrow(() -> new NotFoundException("shop user"));
            InputCheck check = new InputCheck();
            if (current == null || !encoder.matches(current, hash)) {
                check.violation("currentPassword", "currentPasswordWrong", "is not your current password");
                check.throwIfInvalid();
            }
            if (next != null && next.equals(current)) {
                check.violation("newPassword", "passwordUnchanged", "must differ from the current password");
                check.throwIfInvalid();
            }
            checkNewPassword(check, next, repeated, user.email());
            users.setPassword(user.id(), encoder.encode(next), clock.instant());
            users.voidLinks(user.id(), RESET, clock.instant());
            audit.record(new AuditEntry(user.creditorId(), "creditor-user", user.id().toString(),
                    "creditor-user.password-changed", Actor.shopUser(user.email()), null, null));
        });
    }

    private ShopUser setPassword(String secret, String purpose, String password, String repeated, String action) {
        return transactions.execute(status -> {
            String hash = hashOf(secret);
            UUID id = hash == null ? null : users.linkHolder(hash, purpose, clock.instant()).orElse(null);
            ShopUser user = id == null ? null : users.byId(id).orElse(null);
            if (user == null) {
                throw ConflictException.coded("linkInvalid", "This link is no longer valid.");
            }
            checkNewPassword(new InputCheck(), password, repeated, user.email());
            if (users.useLink(hash, purpose, clock.instant()).isEmpty()) {
                throw ConflictException.coded("linkInvalid", "This link is no longer valid.");
            }
            users.setPassword(user.id(), encoder.encode(password), clock.instant());
            users.voidLinks(user.id(), purpose, clock.instant());
            audit.record(new AuditEntry(user.creditorId(), "creditor-user", user.id().toString(), action,
                    Actor.shopUser(user.email()), null, null));
            return user;
        });
    }

    /** The password rules, and the repetition equal to the password; refuses with every violation found. */
    private void checkNewPassword(InputCheck check, String password, String repeated, String email) {
        passwords.check(check, "newPassword", password, email);
        if (check.isValid() && !password.equals(repeated)) {
            check.violation("repeatPassword", "passwordsDiffer", "does not match the new password");
        }
        check.throwIfInvalid();
    }

    private Optional<LinkHolder> holder(String secret, String purpose) {
        String hash = hashOf(secret);
        if (hash == null) {
            return Optional.empty();
        }
        return users.linkHolder(hash, purpose, clock.instant()).flatMap(users::byId)
                .map(user -> new LinkHolder(user.email(), shopName(user.creditorId())));
    }

    private static String hashOf(String secret) {
        return secret == null || secret.isBlank() || secret.length() > 100 ? null : SignUps.hash(secret.strip());
    }

    private String shopName(CreditorId creditor) {
        return creditors.find(creditor).map(Creditor::name).orElse("");
    }
}
