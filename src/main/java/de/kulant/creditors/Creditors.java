package de.kulant.creditors;

import de.kulant.creditors.internal.ApiKeyStore;
import de.kulant.creditors.internal.CreditorStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorDirectory;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.Page;
import de.kulant.platform.PageRequest;
import de.kulant.platform.PostalAddress;
import de.kulant.platform.SortColumns;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and finding creditors, and issuing and revoking their API keys. */
@Service
public class Creditors implements CreditorDirectory {

    private static final Pattern PROMO_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    private final CreditorStore store;
    private final ApiKeyStore keys;
    private final AuditTrail audit;
    private final CreditorsProperties properties;
    private final Clock clock;

    Creditors(CreditorStore store, ApiKeyStore keys, AuditTrail audit, CreditorsProperties properties, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Creditor create(NewCreditor request, Actor actor) {
        InputCheck check = new InputCheck();
        Creditor creditor = validated(check, request);
        check.throwIfInvalid();
        return insert(creditor, actor);
    }

    /** The creditor a request describes, its mistakes added to {@code check} (then the result is not to be used). */
    Creditor validated(InputCheck check, NewCreditor request) {
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
        return new Creditor(new CreditorId(Ids.next()), name, email, address, iban, bic, promoCode,
                Boolean.TRUE.equals(request.handoverRequiresApproval()), ResidualWaiver.standard(),
                !Boolean.FALSE.equals(request.deductsInputTax()), clock.instant());
    }

    /** Stores a validated creditor: 409 when its account is another creditor's. */
    Creditor insert(Creditor creditor, Actor actor) {
        String iban = creditor.iban();
        requireOwnAccount(iban, null);
        try {
            store.insert(creditor);
        } catch (DuplicateKeyException e) {
            // two creations with one IBAN at the same moment: the unique index lets only one through
            throw accountTaken(iban);
        }
        audit.record(new AuditEntry(creditor.id(), "creditor", creditor.id().toString(), "creditor.created", actor,
                null, creditor));
        return creditor;
    }

    /**
     * The contract terms, each left as it is when not given: whether claims wait for the creditor's approval
     * before they go to collection, and what it lets go when a debtor pays what a notice asked for.
     */
    @Transactional
    public Creditor changeContract(CreditorId id, ContractChange change, Actor actor) {
        Creditor before = store.find(id).orElseThrow(() -> new NotFoundException("creditor"));
        ResidualWaiver waiver = before.residualWaiver();
        InputCheck check = new InputCheck();
        Money maximum = change.residualWaiverMaximum() == null ? waiver.maximum()
                : check.amountOrZero("residualWaiverMaximum", change.residualWaiverMaximum(), ResidualWaiver.LIMIT);
        Money tolerance = change.residualPrincipalTolerance() == null ? waiver.principalTolerance()
                : check.amountOrZero("residualPrincipalTolerance", change.residualPrincipalTolerance(), ResidualWaiver.LIMIT);
        check.throwIfInvalid();
        boolean approval = change.handoverRequiresApproval() == null ? before.handoverRequiresApproval()
                : change.handoverRequiresApproval();
        ResidualWaiver changed = new ResidualWaiver(change.residualWaiver() == null ? waiver.enabled()
                : change.residualWaiver(), maximum, tolerance);
        boolean deducts = change.deductsInputTax() == null ? before.deductsInputTax() : change.deductsInputTax();
        store.updateContract(id, approval, changed, deducts);
        Creditor after = store.find(id).orElseThrow();
        audit.record(new AuditEntry(id, "creditor", id.toString(), "creditor.contract-changed", actor,
                contractTerms(before), contractTerms(after)));
        return after;
    }

    private static Map<String, Object> contractTerms(Creditor creditor) {
        return Map.of("handoverRequiresApproval", creditor.handoverRequiresApproval(),
                "residualWaiver", creditor.residualWaiver().enabled(),
                "residualWaiverMaximum", creditor.residualWaiver().maximum().toPlainString(),
                "residualPrincipalTolerance", creditor.residualWaiver().principalTolerance().toPlainString(),
                "deductsInputTax", creditor.deductsInputTax());
    }

    /** 409 when another creditor has this account: its statements would book for either. */
    private void requireOwnAccount(String iban, CreditorId self) {
        if (store.byIban(iban).stream().anyMatch(other -> !other.id().equals(self))) {
            throw accountTaken(iban);
        }
    }

    private static ConflictException accountTaken(String iban) {
        return new ConflictException("The IBAN " + iban + " is the account of another creditor already; each creditor "
                + "needs an account of its own, or bank statements would book for either.",
                List.of(de.kulant.platform.FieldViolation.coded("iban", "ibanTaken", "belongs to another creditor already",
                        iban)));
    }

    /** The columns the admin list of creditors sorts by. */
    public static SortColumns listOrder() {
        return CreditorStore.LIST_ORDER;
    }

    /** One page of creditors in the order after the position {@code after} gave out, and how many there are. */
    public record CreditorPage(List<Creditor> items, String next, long total) {
    }

    public CreditorPage list(ListOrder order, String after, int size) {
        SortColumns.Keyed<Creditor> found = store.page(order, after, size);
        return new CreditorPage(found.items(), found.next(), store.count());
    }

    public Page<Creditor> list(PageRequest page) {
        return store.page(page);
    }

    public Optional<Creditor> find(CreditorId id) {
        return store.find(id);
    }

    /** Several creditors at once, by id: one query however many. */
    public Map<CreditorId, Creditor> findAll(Collection<CreditorId> ids) {
        Map<CreditorId, Creditor> found = new HashMap<>();
        store.findAll(ids).forEach(creditor -> found.put(creditor.id(), creditor));
        return found;
    }

    /**
     * The commission of several creditors at once: what each accepted, or the standard percentage for a creditor an
     * admin created without terms.
     */
    public Map<CreditorId, Commission> commissions(Collection<CreditorId> ids) {
        Map<CreditorId, Commission> found = new HashMap<>();
        store.commissions(ids).forEach((id, accepted) -> found.put(id, accepted.percent() != null ? accepted
                : new Commission(properties.commissionPercent(), accepted.waivedUntil())));
        return found;
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
                Map.of("prefix", issued.key().substring(0, ApiKeyStore.PREFIX_LENGTH))));
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
