package de.kulant.platform;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chunks of runs that every instance helps with ({@code run_chunk}). An instance claims the next open chunk with
 * {@code FOR UPDATE SKIP LOCKED}, so two never take the same one; it extends the chunk's lease while it works, and a
 * chunk whose lease ran out (its instance died or was paused) is claimed again by anyone. The work of a chunk counts
 * only if {@link #complete} succeeds in the chunk's own transaction: it checks the claim's token, so an instance that
 * lost its chunk to another cannot write it too.
 */
@Service
public class RunChunks {

    private static final Logger log = LoggerFactory.getLogger(RunChunks.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Instances instances;
    private final RunProperties properties;
    /** Leases are wall-clock time, not business time. */
    private final Clock clock = Clock.systemUTC();
    private final Set<Chunk> held = ConcurrentHashMap.newKeySet();

    RunChunks(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, Instances instances,
              RunProperties properties,
              @Qualifier(PlatformWorkers.JOB_LOCK_KEEP_ALIVE) ThreadPoolTaskScheduler keepAlive) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.instances = instances;
        this.properties = properties;
        keepAlive.scheduleWithFixedDelay(this::heartbeat, properties.chunkHeartbeat());
    }

    /** A run's items {@code first} to {@code last} (positions the run's own snapshot gives them). */
    public record Range(int first, int last) {
    }

    /** A chunk claimed by this instance; {@code attempts} counts this one. */
    public record Chunk(String kind, UUID runId, int number, int first, int last, UUID token, int attempts) {
    }

    /** Thrown inside a chunk's transaction when another instance has taken the chunk over: roll back. */
    public static final class ChunkLostException extends RuntimeException {
        ChunkLostException(Chunk chunk) {
            super("chunk " + chunk.number() + " of run " + chunk.runId() + " was taken over by another instance");
        }
    }

    /** Cuts a run of {@code items} into ranges of {@code size}. */
    public static List<Range> ranges(int items, int size) {
        List<Range> ranges = new ArrayList<>();
        for (int from = 1; from <= items; from += size) {
            ranges.add(new Range(from, Math.min(items, from + size - 1)));
        }
        return ranges;
    }

    public void create(String kind, UUID runId, List<Range> ranges) {
        List<int[]> numbered = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            numbered.add(new int[] {i + 1, ranges.get(i).first(), ranges.get(i).last()});
        }
        template.batchUpdate("""
                insert into run_chunk (run_id, number, kind, first_item, last_item, status, attempts)
                values (?, ?, ?, ?, ?, 'OPEN', 0)""", numbered, 1000, (PreparedStatement ps, int[] row) -> {
            ps.setObject(1, runId);
            ps.setInt(2, row[0]);
            ps.setString(3, kind);
            ps.setInt(4, row[1]);
            ps.setInt(5, row[2]);
        });
    }

    /** The next chunk of a run of this kind no live instance works on, now this instance's; empty when none is left. */
    public Optional<Chunk> claim(String kind) {
        Chunk chunk = transactions.execute(status -> {
            Instant now = clock.instant();
            Optional<Chunk> next = jdbc.sql("""
                            select run_id, number, first_item, last_item, attempts from run_chunk
                            where kind = :kind and (status = 'OPEN' or status = 'CLAIMED' and lease_until < :now)
                            order by run_id, number limit 1 for update skip locked""")
                    .param("kind", kind).param("now", Timestamp.from(now))
                    .query((rs, n) -> new Chunk(kind, rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                            rs.getInt(4), Ids.next(), rs.getInt(5) + 1))
                    .optional();
            next.ifPresent(c -> jdbc.sql("""
                            update run_chunk set status = 'CLAIMED', owner = :owner, token = :token, lease_until = :until,
                                attempts = :attempts where run_id = :run and number = :number""")
                    .param("owner", instances.current()).param("token", c.token())
                    .param("until", Timestamp.from(now.plus(properties.chunkLease())))
                    .param("attempts", c.attempts()).param("run", c.runId()).param("number", c.number())
                    .update());
            return next.orElse(null);
        });
        if (chunk != null) {
            held.add(chunk);
        }
        return Optional.ofNullable(chunk);
    }

    /**
     * Claims chunks of {@code kind} one after another and hands each to {@code work}, which answers whether to go on,
     * until none is left or {@code stop} says so; this instance lets go of each chunk once its work returns.
     */
    public void workOff(String kind, BooleanSupplier stop, Predicate<Chunk> work) {
        Optional<Chunk> next;
        boolean more = true;
        while (more && !stop.getAsBoolean() && (next = claim(kind)).isPresent()) {
            Chunk chunk = next.get();
            try {
                more = work.test(chunk);
            } finally {
                letGo(chunk);
            }
        }
    }

    /** Whether the chunk has been tried as often as allowed already; its run should fail instead. */
    public boolean exhausted(Chunk chunk) {
        return chunk.attempts() > properties.chunkAttempts();
    }

    /**
     * Marks the chunk done with what it did, inside the chunk's transaction; throws {@link ChunkLostException} when the
     * chunk is no longer this claim's (taken over, or its run abandoned), so the whole chunk is rolled back.
     */
    public void complete(Chunk chunk, String counts) {
        int updated = jdbc.sql("""
                        update run_chunk set status = 'DONE', counts = :counts, done_at = :now, error = null
                        where run_id = :run and number = :number and token = :token and status = 'CLAIMED'""")
                .param("counts", counts).param("now", Timestamp.from(clock.instant()))
                .param("run", chunk.runId()).param("number", chunk.number()).param("token", chunk.token())
                .update();
        if (updated != 1) {
            throw new ChunkLostException(chunk);
        }
    }

    /**
     * Inside a transaction that writes part of a chunk: extends its lease and locks its row until the transaction ends,
     * or throws {@link ChunkLostException} when another instance has taken the chunk over, so that part is rolled back.
     * For chunks written in several transactions; one written in one transaction needs only {@link #complete}.
     */
    public void hold(Chunk chunk) {
        int updated = jdbc.sql("""
                        update run_chunk set lease_until = :until
                        where run_id = :run and number = :number and token = :token and status = 'CLAIMED'""")
                .param("until", Timestamp.from(clock.instant().plus(properties.chunkLease())))
                .param("run", chunk.runId()).param("number", chunk.number()).param("token", chunk.token())
                .update();
        if (updated != 1) {
            throw new ChunkLostException(chunk);
        }
    }

    /** The chunk failed; it is open again for the next attempt (by anyone), unless another claim holds it by now. */
    public void failed(Chunk chunk, String error) {
        jdbc.sql("""
                        update run_chunk set status = 'OPEN', lease_until = null, error = :error
                        where run_id = :run and number = :number and token = :token and status = 'CLAIMED'""")
                .param("error", error == null ? "failed" : error.substring(0, Math.min(error.length(), 2000)))
                .param("run", chunk.runId()).param("number", chunk.number()).param("token", chunk.token())
                .update();
    }

    /** This instance stops working on the chunk (done or not); its lease is no longer extended. */
    public void letGo(Chunk chunk) {
        held.remove(chunk);
    }

    public boolean exist(UUID runId) {
        return jdbc.sql("select count(*) from run_chunk where run_id = :run").param("run", runId)
                .query(Long.class).single() > 0;
    }

    /** How many of the run's chunks are not done yet. */
    public int unfinished(UUID runId) {
        return jdbc.sql("select count(*) from run_chunk where run_id = :run and status <> 'DONE'").param("run", runId)
                .query(Integer.class).single();
    }

    /** What the run's done chunks recorded, in chunk order. */
    public List<String> counts(UUID runId) {
        return jdbc.sql("select counts from run_chunk where run_id = :run and status = 'DONE' order by number")
                .param("run", runId).query(String.class).list();
    }

    /** Whether a chunk of this kind waits for an instance (open, or its lease ran out). */
    public boolean anyClaimable(String kind) {
        return jdbc.sql("""
                        select count(*) from run_chunk
                        where kind = :kind and (status = 'OPEN' or status = 'CLAIMED' and lease_until < :now)""")
                .param("kind", kind).param("now", Timestamp.from(clock.instant())).query(Long.class).single() > 0;
    }

    /** The run ended without its remaining chunks (it failed): nobody claims them, and a claim holding one loses it. */
    public void abandon(UUID runId) {
        jdbc.sql("update run_chunk set status = 'ABANDONED' where run_id = :run and status <> 'DONE'")
                .param("run", runId).update();
    }

    /** Extends the leases of the chunks this instance works on. */
    void heartbeat() {
        if (held.isEmpty()) {
            return;
        }
        try {
            Timestamp until = Timestamp.from(clock.instant().plus(properties.chunkLease()));
            for (Chunk chunk : held) {
                jdbc.sql("update run_chunk set lease_until = :until where run_id = :run and number = :number "
                                + "and token = :token and status = 'CLAIMED'")
                        .param("until", until).param("run", chunk.runId()).param("number", chunk.number())
                        .param("token", chunk.token()).update();
            }
        } catch (RuntimeException e) {
            // the database may be restarting; the next beat tries again, and a lost lease only means a retry
            log.warn("Could not extend the leases of {} chunks: {}", held.size(), e.getMessage());
        }
    }
}
