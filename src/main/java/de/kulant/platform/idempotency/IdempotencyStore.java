package de.kulant.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Idempotency records: inserted as pending before the request runs, completed with its response. */
@Component
class IdempotencyStore {

    record Stored(String requestHash, Integer status, String contentType, byte[] body, boolean withheld) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    IdempotencyStore(JdbcClient jdbc, Clock clock, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = properties.retention();
    }

    /** Claims the key; empty when this request is the first, else what is stored under the key. */
    Optional<Stored> begin(String scope, String key, String hash) {
        try {
            jdbc.sql("""
                            insert into idempotency_record (scope, idempotency_key, request_hash, created_at)
                            values (:scope, :key, :hash, :now)""")
                    .param("scope", scope).param("key", key).param("hash", hash)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return jdbc.sql("""
                            select request_hash, status, content_type, body, withheld from idempotency_record
                            where scope = :scope and idempotency_key = :key""")
                    .param("scope", scope).param("key", key)
                    .query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                            rs.getBytes(4), rs.getBoolean(5)))
                    .optional();
        }
    }

    void complete(String scope, String key, int status, String contentType, byte[] body) {
        jdbc.sql("""
                        update idempotency_record set status = :status, content_type = :type, body = :body
                        where scope = :scope and idempotency_key = :key""")
                .param("status", status).param("type", contentType).param("body", body)
                .param("scope", scope).param("key", key)
                .update();
    }

    /** The request was done, but its response carried a secret: only that it was done is kept, never the body. */
    void completeWithheld(String scope, String key, int status) {
        jdbc.sql("""
                        update idempotency_record set status = :status, withheld = true
                        where scope = :scope and idempotency_key = :key""")
                .param("status", status).param("scope", scope).param("key", key)
                .update();
    }

    void abandon(String scope, String key) {
        jdbc.sql("delete from idempotency_record where scope = :scope and idempotency_key = :key")
                .param("scope", scope).param("key", key)
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldKeys() {
        jdbc.sql("delete from idempotency_record where created_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(retention)))
                .update();
    }
}
