package de.kulant.creditors;

import de.kulant.creditors.internal.PromoCodeStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Promo codes: admins create them; a sign-up redeems one, once, while it is valid and not used up. */
@Service
public class PromoCodes {

    static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");
    static final int MOST_MONTHS = 60;

    private final PromoCodeStore store;
    private final AuditTrail audit;
    private final Clock clock;

    PromoCodes(PromoCodeStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an admin typed to create a code. */
    public record NewPromoCode(String code, Integer waivesCommissionMonths, String validUntil, Integer maxUses) {
    }

    @Transactional
    public PromoCode create(NewPromoCode request, Actor actor) {
        InputCheck check = new InputCheck();
        String code = normalise(check.required("code", request.code(), 40));
        if (code != null && !FORMAT.matcher(code).matches()) {
            check.violation("code", "promoCodeFormat", "use 3 to 40 capital letters, digits and dashes");
        }
        Integer months = request.waivesCommissionMonths();
        if (months == null || months < 1 || months > MOST_MONTHS) {
            check.violation("waivesCommissionMonths", "between", "must lie between 1 and " + MOST_MONTHS, 1,
                    MOST_MONTHS);
        }
        LocalDate validUntil = check.date("validUntil", request.validUntil(), false);
        if (validUntil != null && validUntil.isBefore(BusinessDates.today(clock))) {
            check.violation("validUntil", "notInPast", "must not lie in the past");
        }
        if (request.maxUses() != null && request.maxUses() < 1) {
            check.violation("maxUses", "atLeastOne", "must be at least 1");
        }
        check.throwIfInvalid();
        PromoCode created = new PromoCode(code, months, validUntil, request.maxUses(), 0, clock.instant(),
                actor.label());
        if (!store.insert(created)) {
            throw new ConflictException("The promo code " + code + " exists already.",
                    List.of(FieldViolation.coded("code", "promoCodeExists", "exists already", code)));
        }
        audit.record(new AuditEntry(null, "promo-code", code, "promo-code.created", actor, null,
                Map.of("waivesCommissionMonths", months, "validUntil", String.valueOf(validUntil),
                        "maxUses", String.valueOf(request.maxUses()))));
        return created;
    }

    public List<PromoCode> all() {
        return store.all();
    }

    /**
     * Redeems a code for a sign-up in the caller's transaction: the months it waives, or a violation of
     * {@code promoCode} saying whether it is unknown, expired or used up.
     */
    int redeem(String typed, LocalDate today) {
        String code = normalise(typed);
        PromoCode found = store.find(code).orElseThrow(() -> refused("promoCodeUnknown", "is not a promo code we know"));
        if (!store.use(code, today)) {
            throw found.validUntil() != null && found.validUntil().isBefore(today)
                    ? refused("promoCodeExpired", "expired on " + found.validUntil(), found.validUntil())
                    : refused("promoCodeUsedUp", "has been used as often as it may");
        }
        return found.waivesCommissionMonths();
    }

    static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static InvalidInputException refused(String code, String message, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.coded("promoCode", code, message, args)));
    }
}
