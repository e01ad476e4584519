package de.kulant.claims;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.ClaimFixture;
import de.kulant.support.Api.Auth;
import de.kulant.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The claims API of api.md, run against H2 and PostgreSQL by the subclasses. */
abstract class ClaimsApiContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theCachedBalanceOfEveryClaimEqualsItsLedgerAfterRandomBookings() {
        Tenant shop = newTenant("Konsistenz");
        java.util.Random random = new java.util.Random(42);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> claim = claim("R-" + i);
            claim.put("amount", (50 + random.nextInt(500)) + ".00");
            claim.put("calendarDueDateAgreed", random.nextBoolean());
            debtorOf(claim).put("kind", random.nextBoolean() ? "CONSUMER" : "BUSINESS");
            ids.add(createClaim(shop, claim));
        }
        for (int step = 0; step < 60; step++) {
            String id = ids.get(random.nextInt(ids.size()));
            String date = java.time.LocalDate.of(2026, 9, 16).plusDays(step).toString();
            String amount = (1 + random.nextInt(300)) + "." + (10 + random.nextInt(89));
            if (random.nextInt(4) == 0) {
                api.post("/api/v1/claims/" + id + "/credit-notes", Map.of("amount", amount, "date", date, "reason", "Retoure"),
                        shop.auth());
            } else {
                api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", amount, "bookingDate", date), shop.auth());
            }
        }

        List<String> inconsistent = jdbc.queryForList("""
                select c.invoice_number from claim c
                where c.creditor_id = ? and (
                   c.principal_open <> (select coalesce(sum(p.amount), 0) from ledger_posting p where p.claim_id = c.id and p.bucket = 'PRINCIPAL')
                or c.interest_open <> (select coalesce(sum(p.amount), 0) from ledger_posting p where p.claim_id = c.id and p.bucket = 'INTEREST')
                or c.fees_open <> (select coalesce(sum(p.amount), 0) from ledger_posting p where p.claim_id = c.id and p.bucket = 'FEES')
                or c.costs_open <> (select coalesce(sum(p.amount), 0) from ledger_posting p where p.claim_id = c.id and p.bucket = 'COSTS')
                or c.paid_total <> (select coalesce(-sum(p.amount), 0) from ledger_posting p where p.claim_id = c.id and p.kind = 'PAYMENT'))""",
                String.class, java.util.UUID.fromString(shop.id()));
        assertThat(inconsistent).isEmpty();
        Integer negative = jdbc.queryForObject("select count(*) from claim where creditor_id = ? and (principal_open < 0 "
                + "or interest_open < 0 or fees_open < 0 or costs_open < 0)", Integer.class, java.util.UUID.fromString(shop.id()));
        assertThat(negative).isZero();
        assertThat(api.get("/api/v1/claims?status=PAID", shop.auth()).at("/total")).isNotEqualTo("0");
        // postings keep their claim through the ledger's one write path (decision 012); checked over every test's data
        assertThat(jdbc.queryForObject("select count(*) from ledger_posting p where not exists (select 1 from claim c"
                + " where c.id = p.claim_id and c.creditor_id = p.creditor_id)", Integer.class)).isZero();
        // every posting names what it comes from: the intake, the payment (with the interest it brought up to date)
        assertThat(jdbc.queryForList("select distinct kind || ' ' || source_kind from ledger_posting where creditor_id = ?",
                String.class, java.util.UUID.fromString(shop.id())))
                .contains("CLAIM INTAKE", "PAYMENT PAYMENT", "CREDIT_NOTE CREDIT_NOTE")
                .allMatch(kindAndSource -> !kindAndSource.endsWith(" ") && kindAndSource.split(" ").length == 2);
        assertThat(jdbc.queryForObject("select count(*) from ledger_posting where source_kind is null or source_id is null",
                Integer.class)).isZero();
    }

    @Test
    void createsAClaimAndReturnsItWithItsBalance() {
        Tenant shop = newTenant("Nordlicht");

        Api.Response response = api.post("/api/v1/claims", claim("R-2026-0815"), shop.auth());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.at("/invoiceNumber")).isEqualTo("R-2026-0815");
        assertThat(response.at("/amount")).isEqualTo("119.00");
        assertThat(response.at("/status")).isEqualTo("OPEN");
        assertThat(response.at("/dunningLevel")).isEqualTo("0");
        assertThat(response.at("/debtor/name")).isEqualTo("Erika Mustermann");
        assertThat(response.at("/balance/principal")).isEqualTo("119.00");
        assertThat(response.at("/balance/outstanding")).isEqualTo("119.00");
        assertThat(response.at("/defaultSince")).isNull();
    }

    @Test
    void aBusinessDebtorIsInDefaultThirtyDaysAfterReceiptAndOwesInterestFromThen() {
        Tenant shop = newTenant("Handel");
        Map<String, Object> claim = claim("B-1");
        debtorOf(claim).put("kind", "BUSINESS");

        Api.Response response = api.post("/api/v1/claims", claim, shop.auth());

        // invoice 2026-09-01 + 4 delivery days = 2026-09-05, due 2026-09-15 later: +30 = Thursday 2026-10-15
        assertThat(response.at("/defaultSince")).isEqualTo("2026-10-16");
        assertThat(response.at("/defaultRule")).isEqualTo("THIRTY_DAYS");
        // 119.00 at 1.27 + 9 = 10.27 % from 2026-10-16 to 2026-11-26 (the day before today, 2026-11-27, as a payment
        // today would be booked): 42 days = 1.4063 → 1.41 (provisional)
        assertThat(response.at("/balance/interest")).isEqualTo("1.41");
        assertThat(response.at("/balance/outstanding")).isEqualTo("120.41");
        assertThat(response.at("/balance/interestProvisional")).isEqualTo("true");
    }

    @Test
    void sendingTheSameClaimAgainReturnsTheExistingOne() {
        Tenant shop = newTenant("Doppelt");
        String id = createClaim(shop, claim("R-1"));

        Api.Response again = api.post("/api/v1/claims", claim("R-1"), shop.auth());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.at("/id")).isEqualTo(id);
        assertThat(api.get("/api/v1/claims?invoiceNumber=R-1", shop.auth()).at("/total")).isEqualTo("1");
    }

    @Test
    void theSameInvoiceNumberWithOtherContentIsAConflict() {
        Tenant shop = newTenant("Konflikt");
        createClaim(shop, claim("R-1"));
        Map<String, Object> changed = claim("R-1");
        changed.put("amount", "120.00");

        Api.Response response = api.post("/api/v1/claims", changed, shop.auth());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.at("/errors/0/field")).isEqualTo("invoiceNumber");
        assertThat(api.get("/api/v1/claims?invoiceNumber=R-1", shop.auth()).at("/items/0/amount")).isEqualTo("119.00");
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponse() {
        Tenant shop = newTenant("Idempotent");
        Map<String, String> key = Map.of("Idempotency-Key", "order-77");

        Api.Response first = api.post("/api/v1/claims", claim("R-77"), shop.auth(), key);
        Api.Response second = api.post("/api/v1/claims", claim("R-77"), shop.auth(), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void anIdempotencyKeyReusedWithAnotherBodyIsAConflict() {
        Tenant shop = newTenant("Idempotent 2");
        Map<String, String> key = Map.of("Idempotency-Key", "order-78");
        api.post("/api/v1/claims", claim("R-78"), shop.auth(), key);

        Api.Response other = api.post("/api/v1/claims", claim("R-79"), shop.auth(), key);

        assertThat(other.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/claims?invoiceNumber=R-79", shop.auth()).at("/total")).isEqualTo("0");
    }

    @Test
    void idempotencyKeysBelongToOneCaller() {
        Tenant a = newTenant("Key A");
        Tenant b = newTenant("Key B");
        Map<String, String> key = Map.of("Idempotency-Key", "shared-key");

        assertThat(api.post("/api/v1/claims", claim("R-1"), a.auth(), key).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/claims", claim("R-1"), b.auth(), key).status()).isEqualTo(201);
    }

    @Test
    void concurrentDuplicatePostsProduceOneClaim() throws Exception {
        Tenant shop = newTenant("Gleichzeitig");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> api.post("/api/v1/claims", claim("R-RACE"), shop.auth()));
            }
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (Future<Api.Response> future : pool.invokeAll(calls)) {
                Api.Response response = future.get();
                assertThat(response.status()).as(response.toString()).isIn(200, 201);
                created += response.status() == 201 ? 1 : 0;
                ids.add(response.at("/id"));
            }
            assertThat(ids).hasSize(1);
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get("/api/v1/claims?invoiceNumber=R-RACE", shop.auth()).at("/total")).isEqualTo("1");
    }

    @Test
    void findsTheDebtorAgainByCustomerNumberAndKeepsTheLatestAddress() {
        Tenant shop = newTenant("Stammkunde");
        createClaim(shop, claim("R-1"));
        Map<String, Object> second = claim("R-2");
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) debtorOf(second).get("address");
        address.put("street", "Neue Straße 9");

        createClaim(shop, second);

        Api.Response list = api.get("/api/v1/claims?customerNumber=K-4711", shop.auth());
        assertThat(list.at("/total")).isEqualTo("2");
        assertThat(list.at("/items/0/debtor/address/street")).isEqualTo("Neue Straße 9");
        assertThat(list.at("/items/1/debtor/address/street")).isEqualTo("Neue Straße 9");
    }

    @Test
    void aBatchCreatesNewClaimsAndCountsUnchangedOnes() {
        Tenant shop = newTenant("Batch");
        createClaim(shop, claim("R-1"));

        Api.Response response = api.post("/api/v1/claims/batch", List.of(claim("R-1"), claim("R-2"), claim("R-3")),
                shop.auth());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.at("/created")).isEqualTo("2");
        assertThat(response.at("/unchanged")).isEqualTo("1");
        assertThat(api.get("/api/v1/claims", shop.auth()).at("/total")).isEqualTo("3");
    }

    @Test
    void aBatchWithOneInvalidClaimStoresNothingAndNamesItsIndex() {
        Tenant shop = newTenant("Batch invalid");
        Map<String, Object> bad = claim("R-2");
        bad.put("amount", "-5.00");

        Api.Response response = api.post("/api/v1/claims/batch", List.of(claim("R-1"), bad, claim("R-3")), shop.auth());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.at("/errors/0/index")).isEqualTo("1");
        assertThat(response.at("/errors/0/field")).isEqualTo("amount");
        assertThat(api.get("/api/v1/claims", shop.auth()).at("/total")).isEqualTo("0");
    }

    @Test
    void theSameInvoiceNumberTwiceInOneBatchIsRefused() {
        Tenant shop = newTenant("Batch twice");

        Api.Response response = api.post("/api/v1/claims/batch", List.of(claim("R-1"), claim("R-2"), claim("R-1")),
                shop.auth());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.at("/errors/0/index")).isEqualTo("2");
        assertThat(response.at("/errors/0/message")).contains("twice");
        assertThat(api.get("/api/v1/claims", shop.auth()).at("/total")).isEqualTo("0");
    }

    @Test
    void aBatchConflictingWithAStoredClaimStoresNothing() {
        Tenant shop = newTenant("Batch conflict");
        createClaim(shop, claim("R-1"));
        Map<String, Object> changed = claim("R-1");
        changed.put("dueDate", "2026-09-30");

        Api.Response response = api.post("/api/v1/claims/batch", List.of(claim("R-2"), changed), shop.auth());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.at("/errors/0/index")).isEqualTo("1");
        assertThat(api.get("/api/v1/claims", shop.auth()).at("/total")).isEqualTo("1");
    }

    @Test
    void aBatchOfMoreThanTenThousandIsRefused() {
        Tenant shop = newTenant("Batch big");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            claims.add(claim("R-" + i));
        }

        Api.Response response = api.post("/api/v1/claims/batch", claims, shop.auth());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.at("/errors/0/message")).contains("10000");
    }

    @Test
    void filtersTheListByStatusInvoiceNumberCustomerNumberAndDueDate() {
        Tenant shop = newTenant("Filter");
        Map<String, Object> early = claim("R-EARLY");
        early.put("dueDate", "2026-09-02");
        Map<String, Object> other = claim("R-OTHER");
        debtorOf(other).put("customerNumber", "K-9");
        createClaim(shop, early);
        createClaim(shop, other);
        String paid = createClaim(shop, claim("R-PAID"));
        api.post("/api/v1/claims/" + paid + "/payments", Map.of("amount", "119.00", "bookingDate", "2026-09-10"),
                shop.auth());

        assertThat(api.get("/api/v1/claims?status=PAID", shop.auth()).at("/items/0/invoiceNumber")).isEqualTo("R-PAID");
        assertThat(api.get("/api/v1/claims?status=OPEN", shop.auth()).at("/total")).isEqualTo("2");
        assertThat(api.get("/api/v1/claims?customerNumber=K-9", shop.auth()).at("/items/0/invoiceNumber")).isEqualTo("R-OTHER");
        assertThat(api.get("/api/v1/claims?dueBefore=2026-09-10", shop.auth()).at("/items/0/invoiceNumber")).isEqualTo("R-EARLY");
        assertThat(api.get("/api/v1/claims?dueBefore=2026-09-10", shop.auth()).at("/total")).isEqualTo("1");
        assertThat(api.get("/api/v1/claims?status=LOST", shop.auth()).status()).isEqualTo(422);
    }

    @Test
    void pagesThroughTheList() {
        Tenant shop = newTenant("Paging");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            claims.add(claim("R-" + i));
        }
        api.post("/api/v1/claims/batch", claims, shop.auth());

        Api.Response page = api.get("/api/v1/claims?page=1&size=3", shop.auth());

        assertThat(page.at("/total")).isEqualTo("7");
        assertThat(page.at("/page")).isEqualTo("1");
        assertThat(page.at("/size")).isEqualTo("3");
        assertThat(page.json().get("items").size()).isEqualTo(3);
        assertThat(api.get("/api/v1/claims?size=501", shop.auth()).status()).isEqualTo(422);
    }

    @Test
    void pagesByPositionThroughEveryClaimOnceNewestDueFirst() {
        Tenant shop = newTenant("Seitenweise");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two claims share each due date, so the order must also use the id
            claims.add(ClaimFixture.aClaim("R-K" + i).dueOn(LocalDate.of(2026, 9, 1 + i / 2).toString()).json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);

        List<String> seen = new ArrayList<>();
        List<String> dueDates = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Api.Response page = api.get("/api/v1/claims?size=3" + (after == null ? "" : "&after=" + after), shop.auth());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.at("/total")).isEqualTo("7");
            assertThat(page.at("/totalExact")).isEqualTo("true");
            page.json().get("items").forEach(item -> {
                seen.add(item.get("invoiceNumber").asString());
                dueDates.add(item.get("dueDate").asString());
            });
            after = page.json().get("next").isNull() ? null : page.json().get("next").asString();
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(dueDates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Api.Response first = api.get("/api/v1/claims?size=3", shop.auth());
        Api.Response second = api.get("/api/v1/claims?size=3&after=" + first.at("/next"), shop.auth());
        Api.Response back = api.get("/api/v1/claims?size=3&before=" + second.at("/previous"), shop.auth());
        assertThat(back.json().get("items").findValuesAsString("id"))
                .isEqualTo(first.json().get("items").findValuesAsString("id"));
        assertThat(first.at("/outstanding")).isEqualTo("833.00");

        Api.Response bad = api.get("/api/v1/claims?after=nonsense", shop.auth());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("after");
        assertThat(api.get("/api/v1/claims?page=200&size=50", shop.auth()).status()).isEqualTo(422);
    }

    @Test
    void aPaymentPaysInterestBeforePrincipalAndReportsAnOverpayment() {
        Tenant shop = newTenant("Zahlung");
        Map<String, Object> claim = claim("R-1");
        claim.put("calendarDueDateAgreed", true);
        String id = createClaim(shop, claim);

        // default from 2026-09-16; interest to 2026-10-15: 30 days on 119.00 at 6.27 % = 0.6133 → 0.61
        Api.Response partial = api.post("/api/v1/claims/" + id + "/payments",
                Map.of("amount", "50.00", "bookingDate", "2026-10-16", "reference", "Teilzahlung"), shop.auth());
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.at("/allocation/interest")).isEqualTo("0.61");
        assertThat(partial.at("/allocation/principal")).isEqualTo("49.39");
        assertThat(partial.at("/overpayment")).isEqualTo("0.00");
        assertThat(partial.at("/status")).isEqualTo("OPEN");

        // then 69.61 from 2026-10-16 to 2026-11-26: 42 days = 0.5022 → 0.50; paying 100.00 leaves 29.89 over
        Api.Response rest = api.post("/api/v1/claims/" + id + "/payments",
                Map.of("amount", "100.00", "bookingDate", "2026-11-27"), shop.auth());
        assertThat(rest.at("/allocation/interest")).isEqualTo("0.50");
        assertThat(rest.at("/allocation/principal")).isEqualTo("69.61");
        assertThat(rest.at("/overpayment")).isEqualTo("29.89");
        assertThat(rest.at("/status")).isEqualTo("PAID");

        Api.Response after = api.get("/api/v1/claims/" + id, shop.auth());
        assertThat(after.at("/balance/outstanding")).isEqualTo("0.00");
        assertThat(after.at("/balance/paid")).isEqualTo("120.11");
    }

    @Test
    void showsTheBalanceAsOfAnEarlierDate() {
        Tenant shop = newTenant("Stichtag");
        Map<String, Object> claim = claim("R-1");
        claim.put("calendarDueDateAgreed", true);
        String id = createClaim(shop, claim);
        api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "50.00", "bookingDate", "2026-10-16"), shop.auth());

        Api.Response before = api.get("/api/v1/claims/" + id + "?asOf=2026-10-15", shop.auth());

        assertThat(before.at("/balance/asOf")).isEqualTo("2026-10-15");
        assertThat(before.at("/balance/principal")).isEqualTo("119.00");
        // default from 2026-09-16; interest through 2026-10-14: 29 days at 6.27 % on 119.00 = 0.5928 → 0.59
        assertThat(before.at("/balance/interest")).isEqualTo("0.59");
        assertThat(before.at("/balance/paid")).isEqualTo("0.00");
        assertThat(api.get("/api/v1/claims/" + id + "?asOf=2026-10-16", shop.auth()).at("/balance/principal"))
                .isEqualTo("69.61");
        assertThat(api.get("/api/v1/claims/" + id + "?asOf=someday", shop.auth()).status()).isEqualTo(422);
    }

    @Test
    void payingTheBalanceShownForADaySettlesTheClaimOnThatDayToTheCent() {
        // One rule for "balance as of D" and "payment booked on D": interest through D − 1 (legal-reference.md §2).
        Tenant shop = newTenant("Auf den Cent");
        Map<String, Object> claim = claim("R-CENT");
        claim.put("calendarDueDateAgreed", true);
        String id = createClaim(shop, claim);
        Map<String, Object> other = claim("R-CENT-2");
        other.put("calendarDueDateAgreed", true);
        String second = createClaim(shop, other);

        // default since 2026-09-16, interest through 2026-11-19: 65 days × 119.00 × 6.27 % / 365 = 1.3287 → 1.33
        String shown = api.get("/api/v1/claims/" + id + "?asOf=2026-11-20", shop.auth()).at("/balance/outstanding");
        assertThat(shown).isEqualTo("120.33");
        Api.Response paid = api.post("/api/v1/claims/" + id + "/payments",
                Map.of("amount", shown, "bookingDate", "2026-11-20"), shop.auth());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.at("/overpayment")).isEqualTo("0.00");
        assertThat(paid.at("/allocation/interest")).isEqualTo("1.33");
        Api.Response after = api.get("/api/v1/claims/" + id, shop.auth());
        assertThat(after.at("/status")).isEqualTo("PAID");
        assertThat(after.at("/balance/outstanding")).isEqualTo("0.00");

        // and the other way round: a cent less leaves exactly that cent open
        api.post("/api/v1/claims/" + second + "/payments", Map.of("amount", "120.32", "bookingDate", "2026-11-20"),
                shop.auth());
        assertThat(api.get("/api/v1/claims/" + second + "?asOf=2026-11-20", shop.auth()).at("/balance/outstanding"))
                .isEqualTo("0.01");
    }

    @Test
    void refusesPaymentsInTheFutureBeforeTheLastBookingOrOfZero() {
        Tenant shop = newTenant("Zahlung falsch");
        String id = createClaim(shop, claim("R-1"));
        api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "10.00", "bookingDate", "2026-10-01"), shop.auth());

        assertThat(api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "10.00", "bookingDate", "2026-11-28"),
                shop.auth()).at("/errors/0/field")).isEqualTo("bookingDate");
        assertThat(api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "10.00", "bookingDate", "2026-09-30"),
                shop.auth()).at("/errors/0/message")).contains("2026-10-01");
        assertThat(api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "0.00", "bookingDate", "2026-10-02"),
                shop.auth()).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/balance/paid")).isEqualTo("10.00");
    }

    @Test
    void aCreditNoteLowersThePrincipalAndAFullOneCancelsTheClaim() {
        Tenant shop = newTenant("Gutschrift");
        String id = createClaim(shop, claim("R-1"));

        Api.Response partial = api.post("/api/v1/claims/" + id + "/credit-notes",
                Map.of("amount", "19.00", "date", "2026-09-20", "reason", "Teilretoure"), shop.auth());
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.at("/balance/principal")).isEqualTo("100.00");
        assertThat(partial.at("/status")).isEqualTo("OPEN");

        assertThat(api.post("/api/v1/claims/" + id + "/credit-notes",
                Map.of("amount", "100.01", "date", "2026-09-21", "reason", "zu viel"), shop.auth()).status()).isEqualTo(422);

        Api.Response full = api.post("/api/v1/claims/" + id + "/credit-notes",
                Map.of("amount", "100.00", "date", "2026-09-21", "reason", "Retoure"), shop.auth());
        assertThat(full.at("/status")).isEqualTo("CANCELLED");
        assertThat(full.at("/balance/outstanding")).isEqualTo("0.00");

        assertThat(api.post("/api/v1/claims/" + id + "/credit-notes",
                Map.of("amount", "1.00", "date", "2026-09-22", "reason", "noch eine"), shop.auth()).status()).isEqualTo(409);
    }

    @Test
    void aHoldIsShownOnTheClaimUntilItIsLifted() {
        Tenant shop = newTenant("Sperre");
        String id = createClaim(shop, claim("R-1"));

        Api.Response hold = api.post("/api/v1/claims/" + id + "/holds",
                Map.of("reason", "Kunde reklamiert", "until", "2026-12-31"), shop.auth());
        assertThat(hold.status()).isEqualTo(201);
        assertThat(hold.at("/kind")).isEqualTo("MANUAL");
        String holdId = hold.at("/id");
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/holds/0/reason")).isEqualTo("Kunde reklamiert");

        assertThat(api.delete("/api/v1/claims/" + id + "/holds/" + holdId, shop.auth()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).json().get("holds").size()).isZero();
        assertThat(api.delete("/api/v1/claims/" + id + "/holds/" + holdId, shop.auth()).status()).isEqualTo(409);
    }

    @Test
    void aHoldEndsByItselfAfterItsDate() {
        Tenant shop = newTenant("Sperre befristet");
        String id = createClaim(shop, claim("R-1"));
        api.post("/api/v1/claims/" + id + "/holds", Map.of("kind", "DISPUTE", "reason", "Widerspruch", "until", "2026-11-30"),
                shop.auth());

        clock.setToday(java.time.LocalDate.of(2026, 12, 1));

        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).json().get("holds").size()).isZero();
    }

    @Test
    void refusesAHoldWithoutReasonOrWithAnUnknownKindOrAPastDate() {
        Tenant shop = newTenant("Sperre falsch");
        String id = createClaim(shop, claim("R-1"));

        Api.Response response = api.post("/api/v1/claims/" + id + "/holds",
                Map.of("kind", "HOLIDAY", "reason", " ", "until", "2026-11-01"), shop.auth());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("kind", "reason", "until");
    }

    @Test
    void anotherCreditorsClaimDoesNotExist() {
        Tenant a = newTenant("Mandant A");
        Tenant b = newTenant("Mandant B");
        String id = createClaim(a, claim("R-A"));
        Api.Response hold = api.post("/api/v1/claims/" + id + "/holds", Map.of("reason", "A"), a.auth());
        String base = "/api/v1/claims/" + id;

        assertThat(api.get(base, b.auth()).status()).isEqualTo(404);
        assertThat(api.get(base + "/ledger", b.auth()).status()).isEqualTo(404);
        assertThat(api.post(base + "/payments", Map.of("amount", "1.00", "bookingDate", "2026-10-01"), b.auth()).status())
                .isEqualTo(404);
        assertThat(api.post(base + "/credit-notes", Map.of("amount", "1.00", "date", "2026-10-01", "reason", "x"),
                b.auth()).status()).isEqualTo(404);
        assertThat(api.post(base + "/holds", Map.of("reason", "x"), b.auth()).status()).isEqualTo(404);
        assertThat(api.delete(base + "/holds/" + hold.at("/id"), b.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/claims", b.auth()).at("/total")).isEqualTo("0");
        assertThat(api.get("/api/v1/claims?invoiceNumber=R-A", b.auth()).at("/total")).isEqualTo("0");
        assertThat(api.post("/api/v1/claims", claim("R-A"), b.auth()).status()).isEqualTo(201);
        assertThat(api.get(base, a.auth()).at("/balance/paid")).isEqualTo("0.00");
        assertThat(api.get("/api/v1/claims/not-a-uuid", b.auth()).status()).isEqualTo(404);
    }

    @Test
    void anAdminWorksOnACreditorsClaimsUnderTheAdminPath() {
        Tenant shop = newTenant("Admin-Pfad");
        String base = "/api/v1/admin/creditors/" + shop.id() + "/claims";

        Api.Response created = api.post(base, claim("R-ADMIN"), ADMIN);

        assertThat(created.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/claims/" + created.at("/id"), shop.auth()).at("/invoiceNumber")).isEqualTo("R-ADMIN");
        assertThat(api.get(base + "/" + created.at("/id"), ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/creditors/" + java.util.UUID.randomUUID() + "/claims", ADMIN).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/claims", ADMIN).status()).isEqualTo(403);
    }

    @Test
    void answersEveryBadFieldOfAClaimWithAClearError() {
        Tenant shop = newTenant("Fehler");
        Map<String, Object> bad = claim("R-BAD");
        bad.put("amount", "10000000.01");
        bad.put("currency", "USD");
        bad.put("invoiceDate", "2026-11-28");
        bad.put("dueDate", "2026-11-01");
        debtorOf(bad).put("kind", "ROBOT");
        debtorOf(bad).put("email", "erika at example");
        debtorOf(bad).put("name", "  ");

        Api.Response response = api.post("/api/v1/claims", bad, shop.auth());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "amount", "currency", "invoiceDate", "dueDate", "debtor.kind", "debtor.email", "debtor.name");
        assertThat(api.get("/api/v1/claims", shop.auth()).at("/total")).isEqualTo("0");
    }

    @Test
    void refusesAmountsOfZeroWithThreeDecimalsOrAsText() {
        Tenant shop = newTenant("Beträge");
        for (String amount : List.of("0.00", "-1.00", "1.001", "zehn", "")) {
            Map<String, Object> bad = claim("R-" + amount);
            bad.put("amount", amount);
            Api.Response response = api.post("/api/v1/claims", bad, shop.auth());
            assertThat(response.status()).as(amount).isEqualTo(422);
            assertThat(response.at("/errors/0/field")).isEqualTo("amount");
        }
    }

    @Test
    void refusesAClaimWithoutRequiredFields() {
        Tenant shop = newTenant("Pflicht");

        Api.Response response = api.post("/api/v1/claims", Map.of("amount", "10.00"), shop.auth());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .contains("invoiceNumber", "invoiceDate", "dueDate", "debtor");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Tenant shop = newTenant("Kaputt");

        Api.Response response = api.post("/api/v1/claims", "{\"invoiceNumber\": \"R-1\",", shop.auth());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.at("/title")).isEqualTo("Malformed request");
        assertThat(api.post("/api/v1/claims", "{\"consumerNoticeGiven\": \"perhaps\"}", shop.auth()).at("/errors/0/field"))
                .isEqualTo("consumerNoticeGiven");
    }

    @Test
    void theLedgerListsEveryPosting() {
        Tenant shop = newTenant("Hauptbuch");
        String id = createClaim(shop, claim("R-1"));
        api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "19.00", "bookingDate", "2026-10-01"), shop.auth());

        Api.Response ledger = api.get("/api/v1/claims/" + id + "/ledger", shop.auth());

        assertThat(ledger.json().findValuesAsString("kind")).containsExactly("CLAIM", "PAYMENT");
        assertThat(ledger.json().findValuesAsString("amount")).containsExactly("119.00", "-19.00");
    }

    @Test
    void rejectsRequestsWithoutOrWithARevokedKey() {
        Tenant shop = newTenant("Schlüssel");
        assertThat(api.get("/api/v1/claims", Auth.none()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/claims", Auth.bearer("kul_unknown")).status()).isEqualTo(401);

        String keyId = api.get("/api/v1/admin/creditors/" + shop.id() + "/api-keys", ADMIN).at("/0/id");
        assertThat(api.delete("/api/v1/admin/creditors/" + shop.id() + "/api-keys/" + keyId, ADMIN).status()).isEqualTo(204);

        Api.Response revoked = api.get("/api/v1/claims", shop.auth());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.at("/detail")).contains("revoked");
    }
}
