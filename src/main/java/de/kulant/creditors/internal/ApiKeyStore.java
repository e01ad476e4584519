package de.kulant.creditors.internal;

import de.kulant.creditors.ApiKeyInfo;
import de.kulant.creditors.IssuedApiKey;
import de.kulant.platform.Actor;
import de.kulant.platform.ApiKeyVerifier;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API keys: 32 random bytes behind the prefix {@code kul_}. Only a SHA-256 hash is stored; a fast hash
 * is enough because the key is random, not a password (see docs/decisions).
 */
@Repository
public class ApiKeyStore implements ApiKeyVerifier {

    public static final int PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a verified key is taken on trust; a revocation on another instance takes effect within it. */
    static final Duration REMEMBERED = Duration.ofSeconds(10);
    private static final int REMEMBERED_AT_MOST = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Keys verified lately, by hash, so that a client's every request does not look its key up again. */
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    private record Remembered(VerifiedApiKey key, long untilNanos) {
    }

    ApiKeyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public IssuedApiKey issue(CreditorId creditor, Actor actor) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "kul_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = Ids.next();
        jdbc.sql("""
                        insert into api_key (id, creditor_id, key_hash, key_prefix, created_at, created_by)
                        values (:id, :creditor, :hash, :prefix, :now, :actor)""")
                .param("id", id)
                .param("creditor", creditor.value())
                .param("hash", hash(key))
                .param("prefix", key.substring(0, PREFIX_LENGTH))
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor.label())
                .update();
        return new IssuedApiKey(id, key);
    }

    public boolean revoke(CreditorId creditor, UUID keyId, Actor actor) {
        boolean revoked = jdbc.sql("""
                        update api_key set revoked_at = :now, revoked_by = :actor
                        where id = :id and creditor_id = :creditor and revoked_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor.label())
                .param("id", keyId)
                .param("creditor", creditor.value())
                .update() == 1;
        verified.values().removeIf(remembered -> remembered.key().keyId().equals(keyId));
        return revoked;
    }

    public List<ApiKeyInfo> list(CreditorId creditor) {
        return jdbc.sql("""
                        select id, key_prefix, created_at, created_by, revoked_at from api_key
                        where creditor_id = :creditor order by created_at""")
                .param("creditor", creditor.value())
                .query((rs, n) -> new ApiKeyInfo(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4),
                        Optional.ofNullable(rs.getTimestamp(5)).map(Timestamp::toInstant).orElse(null)))
                .list();
    }

    @Override
    public Optional<VerifiedApiKey> verify(String presentedKey) {
        if (presentedKey == null || !presentedKey.startsWith("kul_") || presentedKey.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(presentedKey);
        // a technical lifetime, measured on the monotonic clock rather than the business clock
        long now = System.nanoTime();
        Remembered remembered = verified.get(hash);
        if (remembered != null && now - remembered.untilNanos() < 0) {
            return Optional.of(remembered.key());
        }
        Optional<VerifiedApiKey> found = jdbc.sql(
                        "select id, key_prefix, creditor_id from api_key where key_hash = :hash and revoked_at is null")
                .param("hash", hash)
                .query((rs, n) -> new VerifiedApiKey(rs.getObject(1, UUID.class), rs.getString(2),
                        new CreditorId(rs.getObject(3, UUID.class))))
                .optional();
        if (found.isPresent()) {
            if (verified.size() >= REMEMBERED_AT_MOST) {
                verified.clear();
            }
            verified.put(hash, new Remembered(found.get(), now + REMEMBERED.toNanos()));
        } else {
            verified.remove(hash);
        }
        return found;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
