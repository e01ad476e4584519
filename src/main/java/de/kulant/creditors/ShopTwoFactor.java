package de.kulant.creditors;

import de.kulant.creditors.internal.ShopUserStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InputCheck;
import de.kulant.platform.ShopUser;
import de.kulant.platform.Totp;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional two-factor sign-in for a shop's users with an authenticator app: each user switches it on for
 * themselves (a new secret shown as QR code, confirmed by one code) and off again with a code. A code signs in
 * once; a replayed one is refused.
 */
@Service
public class ShopTwoFactor {

    static final String ISSUER = "Kulant";
    private static final Logger log = LoggerFactory.getLogger(ShopTwoFactor.class);

    private final ShopUserStore users;
    private final AuditTrail audit;
    private final Clock clock;

    ShopTwoFactor(ShopUserStore users, AuditTrail audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Authenticator secrets an earlier version stored in plain are sealed at start (how many); instances may race. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public int sealPlainSecrets() {
        int sealed = users.sealPlainSecrets();
        if (sealed > 0) {
            log.info("Sealed {} authenticator secrets stored in plain", sealed);
        }
        return sealed;
    }

    /** A secret waiting to be confirmed, with the address its QR code carries. */
    public record Setup(String secret, String uri) {
    }

    @Transactional(readOnly = true)
    public boolean enabled(UUID user) {
        return users.twoFactor(user).map(ShopUserStore.TwoFactor::enabled).orElse(false);
    }

    /** The secret started and not yet confirmed, if any. */
    @Transactional(readOnly = true)
    public Optional<Setup> pending(ShopUser user) {
        return users.twoFactor(user.id()).filter(t -> t.secret() != null && !t.enabled())
                .map(t -> new Setup(t.secret(), Totp.otpauthUri(ISSUER, user.email(), t.secret())));
    }

    /** A new secret for the user's app; two-factor sign-in stays off until a code from it is confirmed. */
    @Transactional
    public Setup start(ShopUser user) {
        if (enabled(user.id())) {
            throw ConflictException.coded("twoFactorOn", "Two-factor sign-in is on already; switch it off first.");
        }
        String secret = Totp.newSecret();
        users.pendTwoFactor(user.id(), secret);
        return new Setup(secret, Totp.otpauthUri(ISSUER, user.email(), secret));
    }

    /** Switches two-factor sign-in on with a first code from the app. */
    @Transactional
    public void confirm(ShopUser user, String code) {
        Setup setup = pending(user).orElseThrow(() -> ConflictException.coded("twoFactorNotStarted",
                "Start again: there is no secret waiting to be confirmed."));
        useCode(user.id(), setup.secret(), code);
        users.enableTwoFactor(user.id(), clock.instant());
        audit.record(new AuditEntry(user.creditorId(), "creditor-user", user.id().toString(),
                "creditor-user.two-factor-on", Actor.shopUser(user.email()), null, null));
    }

    /** Switches two-factor sign-in off; a current code proves the app is at hand. */
    @Transactional
    public void disable(ShopUser user, String code) {
        ShopUserStore.TwoFactor current = users.twoFactor(user.id()).filter(ShopUserStore.TwoFactor::enabled)
                .orElseThrow(() -> ConflictException.coded("twoFactorOff", "Two-factor sign-in is off."));
        useCode(user.id(), current.secret(), code);
        users.disableTwoFactor(user.id());
        audit.record(new AuditEntry(user.creditorId(), "creditor-user", user.id().toString(),
                "creditor-user.two-factor-off", Actor.shopUser(user.email()), null, null));
    }

    /** For signing in: the code matches a step not used before; the step is then used up. */
    boolean accepts(UUID user, String code) {
        return users.twoFactor(user).filter(ShopUserStore.TwoFactor::enabled)
                .map(t -> Totp.matchingStep(t.secret(), code, clock.instant()))
                .filter(OptionalLong::isPresent)
                .map(step -> users.useStep(user, step.getAsLong()))
                .orElse(false);
    }

    private void useCode(UUID user, String secret, String code) {
        InputCheck check = new InputCheck();
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty() || !users.useStep(user, step.getAsLong())) {
            check.violation("code", "totpWrong", "is not the current code of the authenticator app");
        }
        check.throwIfInvalid();
    }
}
