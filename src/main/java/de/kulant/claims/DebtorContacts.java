package de.kulant.claims;

import de.kulant.claims.internal.ClaimValidator;
import de.kulant.claims.internal.DebtorStore;
import de.kulant.claims.internal.NewDebtor;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PostalAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects a debtor's name, address, e-mail and phone from one of their claims (Art. 16 GDPR rectification too); the
 * change holds for all claims of the debtor at this creditor and is audited on the debtor and on the claim.
 */
@Service
public class DebtorContacts {

    private static final Set<String> CHANNELS = Set.of("EMAIL", "LETTER");

    private final DebtorStore debtors;
    private final AuditTrail audit;
    private final Clock clock;

    DebtorContacts(DebtorStore debtors, AuditTrail audit, Clock clock) {
        this.debtors = debtors;
        this.audit = audit;
        this.clock = clock;
    }

    /** The debtor's contact as typed; every field is required except e-mail and phone. */
    public record ContactChange(String name, String street, String postalCode, String city, String country,
                                String email, String phone) {
    }

    @Transactional
    public void change(CreditorId creditor, ClaimId claim, ContactChange change, Actor actor) {
        DebtorStore.Stored stored = debtors.ofClaim(creditor, claim.value())
                .orElseThrow(() -> new NotFoundException("claim"));
        InputCheck check = new InputCheck();
        String name = check.required("name", change.name(), 140);
        InputCheck at = check.nested("address");
        String street = at.required("street", change.street(), 140);
        String country = at.country("country", change.country() == null || change.country().isBlank() ? "DE"
                : change.country());
        String postalCode = at.postalCode("postalCode", change.postalCode(), country);
        String city = at.required("city", change.city(), 70);
        String email = check.email("email", change.email(), false);
        String phone = check.optional("phone", change.phone(), 40);
        check.throwIfInvalid();
        NewDebtor was = stored.data();
        PostalAddress address = new PostalAddress(street, postalCode, city, country);
        String key = ClaimValidator.matchKey(was.customerNumber(), name, address);
        NewDebtor now = new NewDebtor(was.kind(), was.customerNumber(), name, email, phone, address, was.customerTag(), key);
        if (now.equals(was)) {
            return;
        }
        if (!key.equals(was.matchKey())) {
            DebtorStore.Stored other = debtors.findByMatchKeys(creditor, List.of(key)).get(key);
            if (other != null && !other.id().equals(stored.id())) {
                throw new ConflictException("another debtor of this creditor has this name and address",
                        List.of(FieldViolation.coded("name", "debtorExists", "another debtor has this name and address")));
            }
            debtors.rekey(creditor, stored.id(), key);
        }
        debtors.updateAll(creditor, Map.of(stored.id(), now), clock.instant());
        audit.recordAll(List.of(
                new AuditEntry(creditor, "debtor", stored.id().toString(), "debtor.updated", actor, was, now),
                new AuditEntry(creditor, "claim", claim.toString(), "debtor.contact-changed", actor,
                        contact(was, now, true), contact(was, now, false))));
    }

    /**
     * Records how the debtor wants to be written to: EMAIL, LETTER, or null/blank for no preference. Automatic
     * reminders follow it; the first letter of a collection case still goes both ways. Audited on the debtor.
     */
    @Transactional
    public void choosePreferredChannel(CreditorId creditor, DebtorId debtor, String channel, Actor actor) {
        String chosen = channel == null || channel.isBlank() ? null : channel.strip().toUpperCase(Locale.ROOT);
        if (chosen != null && !CHANNELS.contains(chosen)) {
            throw new InvalidInputException(List.of(FieldViolation.coded("channel", "unknownValue",
                    "must be EMAIL or LETTER, or empty for no preference", channel.strip())));
        }
        String was = debtors.setPreferredChannel(creditor, debtor.value(), chosen)
                .orElseThrow(() -> new NotFoundException("debtor"));
        if (!was.equals(chosen == null ? "" : chosen)) {
            audit.record(new AuditEntry(creditor, "debtor", debtor.toString(), "debtor.channel-chosen", actor,
                    Map.of("preferredChannel", was), Map.of("preferredChannel", chosen == null ? "" : chosen)));
        }
    }

    /** The fields that changed, as they were or are, for the claim's history. */
    private static Map<String, Object> contact(NewDebtor was, NewDebtor now, boolean before) {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "debtor", was.name(), now.name(), before);
        put(fields, "street", was.address().street(), now.address().street(), before);
        put(fields, "postalCode", was.address().postalCode(), now.address().postalCode(), before);
        put(fields, "city", was.address().city(), now.address().city(), before);
        put(fields, "country", was.address().country(), now.address().country(), before);
        put(fields, "email", was.email(), now.email(), before);
        put(fields, "phone", was.phone(), now.phone(), before);
        return fields;
    }

    private static void put(Map<String, Object> fields, String key, String was, String now, boolean before) {
        if (!Objects.equals(was, now)) {
            fields.put(key, before ? (was == null ? "" : was) : (now == null ? "" : now));
        }
    }
}
