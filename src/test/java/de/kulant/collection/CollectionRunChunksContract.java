package de.kulant.collection;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.collection.internal.CaseCursor;
import de.kulant.collection.internal.CollectionRunStore;
import de.kulant.collection.internal.QueueStore;
import de.kulant.collection.internal.StrategyStore;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.Ids;
import de.kulant.platform.RunChunks;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The collection run shared by instances (issue 18): its creditors are cut into ranges that cover every creditor without
 * overlap, one chunk each, and each case is worked once; a chunk whose instance died is taken over and finished by
 * another. On H2 and PostgreSQL.
 */
abstract class CollectionRunChunksContract extends IntegrationTest {

    private static final LocalDate HANDED_OVER = LocalDate.of(2026, 11, 20);
    private static final LocalDate RUN_DAY = LocalDate.of(2026, 12, 20);

    @Autowired
    private CollectionRun collectionRun;

    @Autowired
    private CollectionRunWorker worker;

    @Autowired
    private CollectionRunStore runs;

    @Autowired
    private RunChunks chunks;

    @Autowired
    private StrategyStore strategies;

    @Autowired
    private QueueStore queues;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    /** A case whose first demand (14 days from the hand-over) has passed unpaid by the run day: its costs rise. */
    private String caseOf(Tenant shop, String invoice) {
        clock.setToday(HANDED_OVER);
        String claim = createClaim(shop, aClaim(invoice).of("500.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-" + invoice)).json());
        Api.Response opened = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.at("/id");
    }

    private long raisedTimes(String caseId) {
        return api.get("/api/v1/cases/" + caseId + "/timeline", ADMIN).json().findValuesAsString("kind").stream()
                .filter("COSTS_RAISED"::equals).count();
    }

    @Test
    void aRunCutsItsCreditorsIntoRangesThatCoverEveryoneOnceAndRaisesEachCaseOnce() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(caseOf(newTenant("Bereich " + i), "RNG-" + i));
        }
        clock.setToday(RUN_DAY);
        int creditors = runs.creditorsWithCases().size();

        CollectionRun.RunResult result = collectionRun.run(RUN_DAY, false, Actor.system());

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.costsRaised()).isGreaterThanOrEqualTo(3);
        for (String caseId : cases) {
            assertThat(api.get("/api/v1/cases/" + caseId, ADMIN).json().get("costFactor").asString()).isEqualTo("0.9");
            assertThat(raisedTimes(caseId)).isEqualTo(1);
        }
        List<Map<String, Object>> ranges = jdbc.queryForList("select creditor_from, creditor_to from collection_run_range "
                + "where run_id = ? order by number", result.id());
        assertThat(ranges).hasSize((creditors + 19) / 20);
        assertThat(ranges.get(0).get("creditor_from")).as("the first range starts open").isNull();
        assertThat(ranges.get(ranges.size() - 1).get("creditor_to")).as("the last range ends open").isNull();
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).get("creditor_from")).as("no gap").isEqualTo(ranges.get(i - 1).get("creditor_to"));
        }
        assertThat(jdbc.queryForObject("select count(*) from collection_run_range where run_id = ? "
                + "and creditor_from >= creditor_to", Integer.class, result.id())).as("no range ends before it starts").isZero();
        assertThat(jdbc.queryForObject("select count(*) from run_chunk where run_id = ? and status = 'DONE'",
                Integer.class, result.id())).isEqualTo(ranges.size());
        assertThat(collectionRun.find(result.id()).orElseThrow().costsRaised()).isEqualTo(result.costsRaised());

        CollectionRun.RunResult again = collectionRun.run(RUN_DAY, false, Actor.system());
        assertThat(again.costsRaised()).as("a second run the same day changes nothing").isZero();
        assertThat(cases).allSatisfy(caseId -> assertThat(raisedTimes(caseId)).isEqualTo(1));
    }

    @Test
    void aChunkWhoseInstanceDiedIsTakenOverAndItsCasesAreWorkedOnce() throws InterruptedException {
        Tenant shop = newTenant("Übernahme");
        String caseId = caseOf(shop, "DEAD-1");
        clock.setToday(RUN_DAY);
        CreditorRange range = rangeOf(UUID.fromString(shop.id()));
        UUID run = Ids.next();
        // an instance started the run, claimed the chunk of this creditor and died before its lease ran out
        transactions.executeWithoutResult(status -> {
            runs.insert(run, RUN_DAY, Instant.now(), "test", "gone-instance");
            runs.insertRanges(run, List.of(range));
            chunks.create(CollectionRunWorker.CHUNKS, run, List.of(new RunChunks.Range(1, 1)));
            jdbc.update("update run_chunk set status = 'CLAIMED', owner = 'gone-instance', token = ?, lease_until = ?, "
                    + "attempts = 1 where run_id = ?", UUID.randomUUID(), Timestamp.from(Instant.now().minusSeconds(1)), run);
        });

        worker.work();
        for (int i = 0; i < 200 && !runs.find(run).orElseThrow().status().equals("COMPLETED"); i++) {
            Thread.sleep(50);
        }

        CollectionRun.RunResult result = collectionRun.find(run).orElseThrow();
        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.costsRaised()).as("only this creditor's range").isEqualTo(1);
        assertThat(jdbc.queryForObject("select attempts from run_chunk where run_id = ?", Integer.class, run)).isEqualTo(2);
        assertThat(api.get("/api/v1/cases/" + caseId, ADMIN).json().get("costFactor").asString()).isEqualTo("0.9");
        assertThat(raisedTimes(caseId)).isEqualTo(1);
    }

    @Test
    void batchesOverARangeReadOnFromTheLastCaseAndTakeEachOfItsCasesOnce() {
        Tenant shop = newTenant("Stapel");
        Set<UUID> made = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            made.add(UUID.fromString(caseOf(shop, "BAT-" + i)));
        }
        CreditorRange range = rangeOf(UUID.fromString(shop.id()));

        for (Function<CaseCursor, List<CaseCursor>> batch : List.<Function<CaseCursor, List<CaseCursor>>>of(
                after -> strategies.workable(range, after, 1), after -> queues.openAfter(range, after, 1))) {
            List<UUID> seen = new ArrayList<>();
            CaseCursor after = null;
            List<CaseCursor> page;
            while (!(page = batch.apply(after)).isEmpty()) {
                seen.add(page.get(0).id());
                after = page.get(0);
            }
            assertThat(seen).as("batches of one case each, read on from the last").containsExactlyInAnyOrderElementsOf(made);
        }
    }

    /** The range of exactly this creditor: up to the next creditor with cases in the database's order. */
    private CreditorRange rangeOf(UUID creditor) {
        // PostgreSQL has no min() of uuids
        UUID next = jdbc.queryForList("select creditor_id from collection_case where creditor_id > ? "
                + "order by creditor_id limit 1", UUID.class, creditor).stream().findFirst().orElse(null);
        return new CreditorRange(creditor, next);
    }

    @Test
    void onlyAnAdminStartsOrFollowsARunAndAnUnknownRunIsNotFound() {
        Tenant shop = newTenant("Kein Admin");
        assertThat(api.get("/api/v1/collection-runs/" + UUID.randomUUID(), shop.auth()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/collection-runs/" + UUID.randomUUID(), ADMIN).status()).isEqualTo(404);
        clock.setToday(RUN_DAY);
        Api.Response started = api.post("/api/v1/collection-runs", Map.of("asOf", RUN_DAY.toString()), ADMIN);
        assertThat(started.at("/status")).as(started.toString()).isEqualTo("COMPLETED");
        Api.Response followed = api.get("/api/v1/collection-runs/" + started.at("/id"), ADMIN);
        assertThat(followed.at("/status")).isEqualTo("COMPLETED");
        assertThat(followed.at("/asOf")).isEqualTo(RUN_DAY.toString());
    }
}
