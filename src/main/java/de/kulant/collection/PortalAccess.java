package de.kulant.collection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access code a debtor signs in to the portal with, next to the case reference: derived from the case id with the
 * installation's secret key (HMAC-SHA256), so it can be printed on every letter and shown to staff without being
 * stored anywhere (decision 019). Eight characters of the reference alphabet, grouped in fours.
 */
@Service
public class PortalAccess {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile SecretKeySpec key;

    PortalAccess(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // the key must be committed before a code derived from it is printed, whatever the caller's transaction does
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String codeFor(CaseId id) {
        byte[] digest = mac().doFinal(("case:" + id.value()).getBytes(StandardCharsets.US_ASCII));
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
                    key = new SecretKeySpec(Base64.getDecoder().decode(loadOrCreate()), "HmacSHA256");
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
