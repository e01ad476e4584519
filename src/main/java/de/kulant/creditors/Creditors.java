package de.kulant.creditors;

import de.kulant.creditors.internal.ApiKeyStore;
import de.kulant.creditors.internal.CreditorStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorDirectory;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.Page;
import de.kulant.platform.PageRequest;
import de.kulant.platform.PostalAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and finding creditors, and issuing and revoking their API keys. */
@Service
public class Creditors implements CreditorDirectory {

    private static final Pattern PROMO_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    private final CreditorStore store;
    private final ApiKeyStore keys;
    private final AuditTrail audit;
    private final Clock clock;

    Creditors(CreditorStore store, ApiKeyStore keys, AuditTrail audit, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Creditor create(NewCreditor request, Actor actor) {
        InputCheck check = new InputCheck();
        String name = check.required("name", request.name(), 140);
        String email = check.email("email", request.email(), true);
        PostalAddress address = null;
        if (request.address() == null) {
            check.violation("address", "is required");
        } else {
            InputCheck a = check.nested("address");
            String street = a.required("street", request.address().street(), 140);
            String country = a.country("country", request.address().country());
            String postalCode = a.postalCode("postalCode", request.address().postalCode(), country);
            String city = a.required("city", request.address().city(), 70);
            address = new PostalAddress(street, postalCode, city, country);
        }
        String iban = check.iban("iban", request.iban());
        String bic = check.bic("bic", request.bic());
        String promoCode = check.optional("promoCode", request.promoCode(), 40);
        if (promoCode != null && !PROMO_CODE.matcher(promoCode).matches()) {
            check.violation("promoCode", "use capital letters, digits and dashes");
        }
        check.throwIfInvalid();
        Creditor creditor = new Creditor(new CreditorId(Ids.next()), name, email, address, iban, bic, promoCode,
                Boolean.TRUE.equals(request.handoverRequiresApproval()), clock.instant());
        store.insert(creditor);
        audit.record(new AuditEntry(creditor.id(), "creditor", creditor.id().toString(), "creditor.created", actor,
                null, creditor));
        return creditor;
    }

    /** The contract term: claims wait for the creditor's approval before they go to collection. */
    @Transactional
    public Creditor changeContract(CreditorId id, boolean handoverRequiresApproval, Actor actor) {
        Creditor before = store.find(id).orElseThrow(() -> new NotFoundException("creditor"));
        store.updateContract(id, handoverRequiresApproval);
        Creditor after = store.find(id).orElseThrow();
        audit.record(new AuditEntry(id, "creditor", id.toString(), "creditor.contract-changed", actor,
                java.util.Map.of("handoverRequiresApproval", before.handoverRequiresApproval()),
                java.util.Map.of("handoverRequiresApproval", after.handoverRequiresApproval())));
        return after;
    }

    public Page<Creditor> list(PageRequest page) {
        return store.page(page);
    }

    public Optional<Creditor> find(CreditorId id) {
        return store.find(id);
    }

    /** The creditor whose account this is, when exactly one creditor has it. */
    public Optional<Creditor> byIban(String iban) {
        List<Creditor> found = store.byIban(iban);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public boolean exists(CreditorId id) {
        return store.find(id).isPresent();
    }

    @Transactional
    public IssuedApiKey issueApiKey(CreditorId creditor, Actor actor) {
        requireExists(creditor);
        IssuedApiKey issued = keys.issue(creditor, actor);
        audit.record(new AuditEntry(creditor, "api-key", issued.id().toString(), "api-key.issued", actor, null,
                java.util.Map.of("prefix", issued.key().substring(0, ApiKeyStore.PREFIX_LENGTH))));
        return issued;
    }

    @Transactional
    public void revokeApiKey(CreditorId creditor, UUID keyId, Actor actor) {
        requireExists(creditor);
        if (!keys.revoke(creditor, keyId, actor)) {
            throw new NotFoundException("API key");
        }
        audit.record(new AuditEntry(creditor, "api-key", keyId.toString(), "api-key.revoked", actor, null, null));
    }

    public List<ApiKeyInfo> apiKeys(CreditorId creditor) {
        requireExists(creditor);
        return keys.list(creditor);
    }

    private void requireExists(CreditorId creditor) {
        if (!exists(creditor)) {
            throw new NotFoundException("creditor");
        }
    }
}
