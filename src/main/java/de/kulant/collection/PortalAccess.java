package de.kulant.collection;

import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.PortalStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access code a debtor signs in to the portal with, next to the case reference: derived from the case id with the
 * installation's secret key (HMAC-SHA256), so it can be printed on every letter and shown to staff without being
 * stored anywhere (decision 019). Eight characters of the reference alphabet, grouped in fours. A case worker can
 * replace a case's code (a letter went astray): the case's generation goes up and the old code stops working
 * (decision 024).
 */
@Service
public class PortalAccess {

    private final JdbcClient jdbc;
    private final PortalStore store;
    private final CaseStore cases;
    private final ActivityStore activities;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final String configuredKey;
    private volatile SecretKeySpec key;

    PortalAccess(JdbcClient jdbc, PortalStore store, CaseStore cases, ActivityStore activities, AuditTrail audit, Clock clock,
                 PlatformTransactionManager transactions, CollectionProperties properties) {
        this.jdbc = jdbc;
        this.configuredKey = properties.portalCodeKey() == null || properties.portalCodeKey().isBlank() ? null
                : properties.portalCodeKey().strip();
        this.store = store;
        this.cases = cases;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
        // the key must be committed before a code derived from it is printed, whatever the caller's transaction does
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The case's current code. */
    public String codeFor(CaseId id) {
        return code(id, store.generation(id));
    }

    /** The current codes of many cases, with one query. */
    public Map<CaseId, String> codesFor(Collection<CaseId> ids) {
        Map<CaseId, Integer> generations = store.generations(ids);
        Map<CaseId, String> codes = new HashMap<>();
        ids.forEach(id -> codes.put(id, code(id, generations.getOrDefault(id, 0))));
        return codes;
    }

    /** Replaces the case's code with a new one; the old one no longer signs in. Returns the new code. */
    @Transactional
    public String rotate(CaseId id, Actor actor) {
        CaseStore.CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        int generation = store.rotate(id, clock.instant(), actor.label());
        activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "NOTE", actor.label(),
                "Neuer Zugangscode für das Portal erzeugt; der alte gilt nicht mehr"));
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "portal.code-rotated", actor, null,
                Map.of("generation", generation)));
        return code(id, generation);
    }

    /** Generation 0 keeps the codes printed before codes could be replaced. */
    private String code(CaseId id, int generation) {
        String input = "case:" + id.value() + (generation == 0 ? "" : ":" + generation);
        byte[] digest = mac().doFinal(input.getBytes(StandardCharsets.US_ASCII));
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CaseReference.ALPHABET.charAt((int) ((bits >>> (35 - 5 * i)) & 31)));
        }
        return code.toString();
    }

    /** Whether {@code typed} (any case, dashes and spaces ignored) is the case's code; compared in constant time. */
    public boolean matches(CaseId id, String typed) {
        if (typed == null) {
            return false;
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return MessageDigest.isEqual(codeFor(id).replace("-", "").getBytes(StandardCharsets.US_ASCII),
                plain.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    // a key from the configuration keeps the codes unreadable from a copy of the database alone
                    key = new SecretKeySpec(Base64.getDecoder().decode(configuredKey != null ? configuredKey
                            : loadOrCreate()), "HmacSHA256");
                }
                known = key;
            }
        }
        return known;
    }

    /** The key of this installation; the first instance to need it creates it, every other one reads that one. */
    private String loadOrCreate() {
        return ownTransaction.execute(status -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into portal_key (id, secret, created_at) values (1, :secret, :at) on conflict do nothing")
                    .param("secret", Base64.getEncoder().encodeToString(fresh))
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            return jdbc.sql("select secret from portal_key where id = 1").query(String.class).single();
        });
    }
}
