package de.kulant.creditors;

import de.kulant.creditors.internal.CreditorStore;
import de.kulant.creditors.internal.ShopUserStore;
import de.kulant.creditors.internal.SignupThrottle;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.Passwords;
import de.kulant.platform.ShopSignIn;
import de.kulant.platform.ShopUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A shop signs up by itself: company and first user checked together (nothing stored on any mistake), a promo code
 * redeemed once, the contract terms recorded with the moment they were accepted, and a link e-mailed that confirms
 * the user's address; until then the user cannot sign in. Also the sign-in check of the shop's users.
 */
@Service
public class SignUps implements ShopSignIn {

    static final String CONFIRM = "CONFIRM";
    // VAT identification numbers: two letters of the member state and 2 to 13 characters; Germany's are DE and 9 digits
    private static final Pattern VAT_ID = Pattern.compile("[A-Z]{2}[0-9A-Z+*.]{2,13}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern GERMAN_VAT_ID = Pattern.compile("DE[0-9]{9}");

    private final Creditors creditors;
    private final CreditorStore store;
    private final PromoCodes promoCodes;
    private final ShopUserStore users;
    private final Passwords passwords;
    private final PasswordEncoder encoder;
    private final ShopUserMail mail;
    private final ShopTwoFactor twoFactor;
    private final CreditorsProperties properties;
    private final AuditTrail audit;
    private final SignupThrottle throttle;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignUps(Creditors creditors, CreditorStore store, PromoCodes promoCodes, ShopUserStore users, Passwords passwords,
            PasswordEncoder encoder, ShopUserMail mail, ShopTwoFactor twoFactor, CreditorsProperties properties,
            AuditTrail audit, SignupThrottle throttle, TransactionTemplate transactions, Clock clock) {
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.creditors = creditors;
        this.store = store;
        this.promoCodes = promoCodes;
        this.users = users;
        this.passwords = passwords;
        this.encoder = encoder;
        this.mail = mail;
        this.properties = properties;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The shop created, until when its commission is waived (null without a promo code), and whether mail went out. */
    public record SignedUp(CreditorId creditorId, LocalDate commissionWaivedUntil, boolean mailed) {
    }

    /** The terms a shop signing up now gets, without a promo code. */
    public ContractTerms offeredTerms() {
        return new ContractTerms(properties.commissionPercent(), null, false, properties.settlementsNeedApproval(),
                properties.termsVersion(), null);
    }

    /**
     * Signs a shop up from the network address {@code address}; the e-mail with the confirmation link goes out only once
     * everything is stored. Refused with 429 after {@code signupsPerAddressPerHour} sign-ups from that address in an hour.
     */
    public SignedUp signUp(SignUp request, Locale locale, String address) {
        String secret = secret();
        Instant expires = clock.instant().plus(properties.confirmationValidFor());
        record Stored(Creditor creditor, String email, LocalDate waivedUntil) {
        }
        Stored stored = transactions.execute(status -> {
            throttle.check(address, properties.signupsPerAddressPerHour(), clock.instant());
            InputCheck check = new InputCheck();
            SignUp.Company company = request.company() == null
                    ? new SignUp.Company(null, null, null, null, null) : request.company();
            SignUp.User user = request.user() == null ? new SignUp.User(null, null) : request.user();
            Creditor validated = creditors.validated(check.nested("company"), new NewCreditor(company.name(),
                    company.email(), company.address(), company.iban(), null, null, false, true));
            String promoCode = PromoCodes.normalise(blank(request.promoCode()));
            if (promoCode != null && promoCode.length() > 40) {
                check.violation("promoCode", "promoCodeUnknown", "is not a promo code we know");
            }
            String vatId = vatId(check, company.vatId());
            String email = check.email("user.email", user.email(), true);
            passwords.check(check, "user.password", user.password(), email);
            if (Boolean.FALSE.equals(request.acceptTerms())) {
                check.violation("acceptTerms", "termsNotAccepted", "the contract terms must be accepted");
            }
            check.throwIfInvalid();
            String login = email.toLowerCase(Locale.ROOT);
            if (users.emailTaken(login)) {
                throw emailTaken(login);
            }
            LocalDate today = BusinessDates.today(clock);
            LocalDate waivedUntil = promoCode == null ? null : today.plusMonths(promoCodes.redeem(promoCode, today));
            Creditor creditor = new Creditor(validated.id(), validated.name(), validated.email(), validated.address(),
                    validated.iban(), validated.bic(), promoCode, false, validated.residualWaiver(), true,
                    validated.createdAt());
            Actor actor = Actor.shopUser(login);
            creditors.insert(creditor, actor);
            ContractTerms terms = new ContractTerms(properties.commissionPercent(), waivedUntil, false,
                    properties.settlementsNeedApproval(), properties.termsVersion(), clock.instant());
            store.recordTerms(creditor.id(), vatId, terms);
            ShopUser owner = new ShopUser(Ids.next(), creditor.id(), login, ShopUser.OWNER);
            if (!users.insert(owner, encoder.encode(user.password()), clock.instant())) {
                throw emailTaken(login);
            }
            users.insertLink(hash(secret), owner.id(), CONFIRM, expires);
            throttle.record(address, clock.instant());
            audit.record(new AuditEntry(creditor.id(), "creditor", creditor.id().toString(), "creditor.signed-up", actor,
                    null, Map.of("promoCode", String.valueOf(creditor.promoCode()), "commissionPercent",
                    terms.commissionPercent().toPlainString(), "commissionWaivedUntil", String.valueOf(waivedUntil),
                    "termsVersion", terms.version(), "termsAcceptedAt", terms.acceptedAt().toString())));
            return new Stored(creditor, login, waivedUntil);
        });
        boolean mailed = mail.send(ShopUserMail.Purpose.CONFIRM, stored.email(), stored.creditor().name(),
                properties.link("/signup/confirm?token=" + secret), expires, locale);
        return new SignedUp(stored.creditor().id(), stored.waivedUntil(), mailed);
    }

    /** Confirms the address a link was sent to; empty when the link is unknown, used or expired. */
    public Optional<ShopUser> confirm(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return transactions.execute(status -> users.useLink(hash(secret.strip()), CONFIRM, clock.instant())
                .flatMap(id -> {
                    users.confirm(id, clock.instant());
                    return users.byId(id);
                })
                .map(user -> {
                    audit.record(new AuditEntry(user.creditorId(), "creditor-user", user.id().toString(),
                            "creditor-user.confirmed", Actor.shopUser(user.email()), null, null));
                    return user;
                }));
    }

    @Override
    public Attempt signIn(String email, String password, String code) {
        if (email == null || password == null) {
            return Attempt.REFUSED;
        }
        Optional<ShopUser> user = users.byEmail(email.strip().toLowerCase(Locale.ROOT))
                .filter(ShopUserStore.Account::confirmed)
                .filter(account -> encoder.matches(password, account.passwordHash()))
                .map(ShopUserStore.Account::user);
        if (user.isEmpty()) {
            return Attempt.REFUSED;
        }
        if (!twoFactor.enabled(user.get().id())) {
            return new Attempt(Outcome.SIGNED_IN, user.get());
        }
        if (code == null || code.isBlank()) {
            return new Attempt(Outcome.CODE_NEEDED, null);
        }
        return transactions.execute(status -> twoFactor.accepts(user.get().id(), code))
                ? new Attempt(Outcome.SIGNED_IN, user.get()) : Attempt.REFUSED;
    }

    @Override
    public Optional<Standing> standing(UUID user) {
        return users.standing(user);
    }

    /** The terms a shop accepted; empty for one an admin created. */
    public Optional<ContractTerms> terms(CreditorId creditor) {
        return store.terms(creditor, properties.settlementsNeedApproval());
    }

    private static String vatId(InputCheck check, String typed) {
        String vatId = check.optional("company.vatId", typed, 20);
        if (vatId == null) {
            return null;
        }
        String compact = vatId.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!VAT_ID.matcher(compact).matches() || compact.startsWith("DE") && !GERMAN_VAT_ID.matcher(compact).matches()) {
            check.violation("company.vatId", "vatIdFormat", "is not a VAT identification number (DE and 9 digits for "
                    + "Germany)");
            return null;
        }
        return compact;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ConflictException emailTaken(String email) {
        return new ConflictException("The e-mail address " + email + " has an account already; sign in instead.",
                List.of(FieldViolation.coded("user.email", "emailTaken", "has an account already", email)));
    }

    /** A link's secret: 256 random bits, URL-safe. */
    static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
