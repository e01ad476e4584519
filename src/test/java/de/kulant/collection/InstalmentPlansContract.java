package de.kulant.collection;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.PaymentId;
import de.kulant.claims.PaymentReversals;
import de.kulant.claims.ReturnedPayment;
import de.kulant.collection.internal.PlanStore;
import de.kulant.correspondence.PdfFacts;
import de.kulant.law.DebtorKind;
import de.kulant.payments.BankFiles;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import de.kulant.support.Api;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, instalment plans and pauses, day by day from 2026-11-27: a plan agreed within the creditor's rules books
 * its fee, restarts limitation and is written to the debtor with every rate's reference and QR code; rates paid late
 * or short within the tolerance count as paid; a missed rate is reminded, a second one ends the plan; a pause holds
 * the case and moves the end of limitation; wrong terms are refused with nothing stored.
 */
abstract class InstalmentPlansContract extends AgreementScenario {

    @org.springframework.beans.factory.annotation.Autowired
    private de.kulant.legal.CurrentLaw law;

    @Autowired
    private PaymentReversals reversals;

    @Autowired
    private PlanTracking tracking;

    @Autowired
    private TransactionTemplate transactions;

    private JsonNode plan(String caseId) {
        return api.get("/api/v1/cases/" + caseId + "/instalment-plans", ADMIN).json().get(0);
    }

    private void pay(Tenant shop, String claim, String amount, String on) {
        clock.setToday(LocalDate.parse(on));
        Api.Response paid = api.post("/api/v1/claims/" + claim + "/payments", Map.of("amount", amount,
                "bookingDate", on), shop.auth());
        assertThat(paid.status()).as(paid.toString()).isIn(200, 201);
        awaitEvents();
    }

    @Test
    void aPlanPaidOnTimeAndOneRateLateButWithinTheToleranceIsCompleted() {
        Tenant shop = newTenant("Raten pünktlich");
        String[] c = caseOf(shop, "PL-1", "500.00", "2026-09-15");
        Map<String, Object> terms = Map.of("instalments", 3, "firstDueOn", "2026-12-15");
        JsonNode quote = api.post("/api/v1/cases/" + c[1] + "/plan-quote", terms, ADMIN).json();

        Api.Response agreed = api.post("/api/v1/cases/" + c[1] + "/instalment-plans", terms, ADMIN);

        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);
        JsonNode plan = agreed.json();
        assertThat(plan.get("status").asString()).isEqualTo("ACTIVE");
        // what the debtor was quoted is what is agreed: fee 43.26, the same rates to the cent
        assertThat(plan.get("agreementFee").asString()).isEqualTo("43.26");
        assertThat(plan.get("amount").asString()).isEqualTo(quote.get("total").asString());
        assertThat(plan.get("schedule").findValuesAsString("amount"))
                .isEqualTo(quote.get("rates").findValuesAsString("amount"));
        assertThat(plan.get("schedule").findValuesAsString("dueOn")).containsExactly("2026-12-15", "2027-01-15",
                "2027-02-15");
        List<String> references = plan.get("schedule").findValuesAsString("reference");
        assertThat(references).doesNotHaveDuplicates().allMatch(CreditorReference::isValid);
        assertThat(references.get(2)).endsWith("R03");
        // the fee is booked on the claim, the case waits
        JsonNode view = api.get("/api/v1/cases/" + c[1], ADMIN).json();
        assertThat(view.get("status").asString()).isEqualTo("AGREEMENT");
        assertThat(view.at("/balance/outstanding").asString()).isEqualTo(plan.get("amount").asString());
        assertThat(view.get("costs").findValuesAsString("code")).contains("AGREEMENT_FEE",
                "AGREEMENT_POSTAGE_FLAT_RATE");
        assertThat(timeline(c[1])).contains("PLAN", "COSTS_CHARGED");

        // the plan letter: the cost in text form, every rate with its reference and its own QR code
        List<Map.Entry<String, List<String>>> planLetters = letters(shop, c[0], "Ihr Ratenplan");
        assertThat(planLetters).hasSize(1);
        String text = planLetters.get(0).getKey();
        assertThat(text).contains("Einigungsgebühr Nr. 1000 VV RVG").contains("Sie zahlen insgesamt")
                .contains("Mit dieser Gebühr zahlen Sie insgesamt")
                .contains("Verzugszinsen").contains("Bleibt eine zweite Rate offen").contains("§ 212 BGB")
                .contains(references.get(0)).contains(references.get(1)).contains(references.get(2))
                .doesNotContain("vor Gericht").doesNotContain("Mahnbescheid");
        List<String> codes = planLetters.get(0).getValue();
        assertThat(codes).hasSize(3);
        for (int i = 0; i < 3; i++) {
            PdfFacts.Epc epc = PdfFacts.Epc.parse(codes.get(i));
            assertThat(epc.reference()).isEqualTo(references.get(i));
            assertThat(epc.amount()).isEqualTo("EUR" + plan.at("/schedule/" + i + "/amount").asString());
        }

        String[] rate = plan.get("schedule").findValuesAsString("amount").toArray(String[]::new);
        pay(shop, c[0], rate[0], "2026-12-15");
        assertThat(plan(c[1]).at("/schedule/0/status").asString()).isEqualTo("PAID");
        // three days late and 50 cents short: within 5 days and 1.00 it counts as paid
        pay(shop, c[0], Money.eur(rate[1]).minus(Money.eur("0.50")).toPlainString(), "2027-01-18");
        runOn("2027-01-21");
        assertThat(plan(c[1]).at("/schedule/1/status").asString()).isEqualTo("PAID");
        assertThat(timeline(c[1])).doesNotContain("PLAN_RATE_MISSED");

        pay(shop, c[0], Money.eur(rate[2]).plus(Money.eur("0.50")).toPlainString(), "2027-02-15");

        JsonNode done = plan(c[1]);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("missedRates").asInt()).isZero();
        assertThat(timeline(c[1])).contains("PLAN_COMPLETED");
        // interest kept running on the principal during the plan (§§ 288, 289 BGB): about 80 days on 500.00 is open
        JsonNode after = api.get("/api/v1/cases/" + c[1], ADMIN).json();
        assertThat(after.get("status").asString()).isEqualTo("OPEN");
        Money left = Money.eur(after.at("/balance/outstanding").asString());
        assertThat(left.isPositive()).as(left.toPlainString()).isTrue();
        assertThat(left.isLessThan(Money.eur("10.00"))).as(left.toPlainString()).isTrue();
    }

    @Test
    void aDebtorAbroadGetsThePlanLetterWithItsCostStatementInEnglish() {
        Tenant shop = newTenant("Instalments abroad");
        String claim = createClaim(shop, aClaim("PL-EN").of("500.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-PL-EN").named("Jane Doe")
                        .livingIn("1 High Street", "SW1A 1AA", "London", "GB")).json());
        String caseId = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");

        JsonNode plan = api.post("/api/v1/cases/" + caseId + "/instalment-plans", Map.of("instalments", 3,
                "firstDueOn", "2026-12-15"), ADMIN).json();

        List<Map.Entry<String, List<String>>> planLetters = letters(shop, claim, "Your instalment plan");
        assertThat(planLetters).hasSize(1);
        String text = planLetters.get(0).getKey();
        assertThat(text).contains("agreement fee").contains("With this fee you pay")
                .contains("a second instalment stays unpaid").contains("limitation starts again (§ 212 BGB)")
                .contains(plan.at("/schedule/2/reference").asString()).doesNotContain("Ihr Ratenplan");
        assertThat(planLetters.get(0).getValue()).as("one QR code per rate").hasSize(3);
    }

    @Test
    void aMissedRateIsRemindedAndASecondOneEndsThePlanAndTheCaseResumesAtTheTopOfTheQueue() {
        Tenant shop = newTenant("Raten geplatzt");
        String[] c = caseOf(shop, "PL-2", "300.00", "2026-09-15");
        JsonNode plan = api.post("/api/v1/cases/" + c[1] + "/instalment-plans", Map.of("instalments", 3,
                "firstDueOn", "2026-12-10"), ADMIN).json();
        String[] rate = plan.get("schedule").findValuesAsString("amount").toArray(String[]::new);
        letters(shop, c[0], "Ihr Ratenplan");

        runOn("2026-12-15");
        assertThat(plan(c[1]).at("/schedule/0/status").asString()).as("within 5 days").isEqualTo("OPEN");
        runOn("2026-12-16");

        JsonNode missed = plan(c[1]);
        assertThat(missed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(missed.get("missedRates").asInt()).isEqualTo(1);
        assertThat(missed.at("/schedule/0/status").asString()).isEqualTo("MISSED");
        assertThat(timeline(c[1])).contains("PLAN_RATE_MISSED");
        List<Map.Entry<String, List<String>>> reminders = letters(shop, c[0], "Eine Rate ist bei uns noch nicht");
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getKey()).contains("Die Rate 1 über").contains("ist noch offen")
                .contains("Einigungsgebühr").doesNotContain("berechnen wir keine Gebühr")
                .doesNotContain("vor Gericht").doesNotContain("Mahnbescheid");
        runOn("2026-12-16");
        assertThat(plan(c[1]).get("missedRates").asInt()).as("a second run the same day adds nothing").isEqualTo(1);

        pay(shop, c[0], rate[0], "2026-12-17");
        assertThat(plan(c[1]).at("/schedule/0/status").asString()).as("paid late").isEqualTo("PAID");
        runOn("2027-01-16");

        JsonNode ended = plan(c[1]);
        assertThat(ended.get("status").asString()).isEqualTo("DEFAULTED");
        assertThat(ended.get("endedOn").asString()).isEqualTo("2027-01-16");
        assertThat(timeline(c[1])).contains("PLAN_DEFAULTED");
        assertThat(api.get("/api/v1/cases/" + c[1], ADMIN).at("/status")).isEqualTo("OPEN");
        assertThat(queueReasons(c[1])).contains("PLAN_DEFAULTED");
    }

    @Test
    void aPaymentTheBankReturnsOpensItsRateAgain() {
        Tenant shop = newTenant("Raten zurück");
        String[] c = caseOf(shop, "PL-3", "300.00", "2026-09-15");
        JsonNode plan = api.post("/api/v1/cases/" + c[1] + "/instalment-plans", Map.of("instalments", 2,
                "firstDueOn", "2026-12-10"), ADMIN).json();
        clock.setToday(LocalDate.of(2026, 12, 10));
        String payment = api.post("/api/v1/claims/" + c[0] + "/payments", Map.of("amount",
                plan.at("/schedule/0/amount").asString(), "bookingDate", "2026-12-10"), shop.auth()).at("/paymentId");
        awaitEvents();
        assertThat(plan(c[1]).at("/schedule/0/status").asString()).isEqualTo("PAID");
        clock.setToday(LocalDate.of(2026, 12, 12));

        reversals.returnPayments(List.of(new ReturnedPayment(new PaymentId(UUID.fromString(payment)),
                CreditorId.of(shop.id()), LocalDate.of(2026, 12, 12), "AM04 Deckung")), Actor.system());
        awaitEvents();

        assertThat(plan(c[1]).at("/schedule/0/status").asString()).isEqualTo("OPEN");
        runOn("2026-12-16");
        assertThat(plan(c[1]).at("/schedule/0/status").asString()).isEqualTo("MISSED");
    }

    @Test
    void aPlanRestartsLimitationAndAPauseMovesItsEnd() {
        Tenant shop = newTenant("Verjährung");
        // due in June 2025: limitation runs from 2026-01-01 to 2028-12-31, a Sunday, so 2029-01-02
        String[] planned = caseOf(shop, "LIM-1", "200.00", "2025-06-15");
        String[] paused = caseOf(shop, "LIM-2", "200.00", "2025-06-16");
        assertThat(api.get("/api/v1/cases/" + planned[1] + "/limitation", ADMIN).at("/0/endsOn"))
                .isEqualTo("2029-01-02");

        api.post("/api/v1/cases/" + planned[1] + "/instalment-plans", Map.of("instalments", 2,
                "firstDueOn", "2026-12-15"), ADMIN);
        Api.Response pause = api.post("/api/v1/cases/" + paused[1] + "/deferrals", Map.of("until", "2027-01-15",
                "reason", "Krankheit, Lohn kommt Mitte Januar"), ADMIN);

        // acknowledged by the plan on 2026-11-27: three years from then (§ 212 Abs. 1 Nr. 1 BGB)
        JsonNode restarted = api.get("/api/v1/cases/" + planned[1] + "/limitation", shop.auth()).json().get(0);
        assertThat(restarted.get("endsOn").asString()).isEqualTo("2029-11-27");
        assertThat(restarted.get("steps").toString()).contains("§212 BGB");
        // suspended 2026-11-27 to 2027-01-15, 50 days (§§ 205, 209 BGB): 2028-12-31 + 50 days = 2029-02-19
        assertThat(pause.status()).as(pause.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/cases/" + paused[1] + "/limitation", ADMIN).at("/0/endsOn"))
                .isEqualTo("2029-02-19");
        assertThat(api.get("/api/v1/cases/" + paused[1], ADMIN).at("/status")).isEqualTo("AGREEMENT");
        assertThat(queueReasons(paused[1])).contains("WAITING_FOR_PAUSE");
        assertThat(api.post("/api/v1/cases/" + paused[1] + "/deferrals", Map.of("until", "2027-01-20",
                "reason", "noch einmal"), ADMIN).status()).as("one pause at a time").isEqualTo(409);

        runOn("2027-01-15");
        assertThat(timeline(paused[1])).doesNotContain("PAUSE_ENDED");
        runOn("2027-01-16");
        assertThat(timeline(paused[1])).contains("PAUSE_ENDED");
        assertThat(api.get("/api/v1/cases/" + paused[1] + "/deferrals", ADMIN).at("/0/status")).isEqualTo("ENDED");
    }

    /** The WAIVER postings on the claim's interest with their note, as the shop's ledger shows them. */
    private List<JsonNode> pauseWaivers(Tenant shop, String claim) {
        List<JsonNode> found = new java.util.ArrayList<>();
        for (JsonNode p : api.get("/api/v1/claims/" + claim + "/ledger", shop.auth()).json()) {
            if (p.get("kind").asString().equals("WAIVER") && p.get("bucket").asString().equals("INTEREST")
                    && p.get("note").asString().contains("Zahlungspause")) {
                found.add(p);
            }
        }
        return found;
    }

    @Test
    void theDaysOfAPauseBearNoDefaultInterestWhetherItRunsOutOrAPlanReplacesIt() {
        Tenant shop = newTenant("Pause zinsfrei");
        String[] ran = caseOf(shop, "PZ-1", "1000.00", "2026-09-15");
        String[] replaced = caseOf(shop, "PZ-2", "600.00", "2026-09-15");
        for (String[] c : List.of(ran, replaced)) {
            assertThat(api.post("/api/v1/cases/" + c[1] + "/deferrals", Map.of("until", "2026-12-26", "reason",
                    "Lohn kommt später"), ADMIN).status()).isEqualTo(201);
        }
        // a plan agreed on 2026-12-10 replaces one pause: 2026-11-27 to 2026-12-09 bear no interest, and the plan is
        // made on the balance without them
        clock.setToday(LocalDate.of(2026, 12, 10));
        String before = api.get("/api/v1/cases/" + replaced[1], ADMIN).at("/balance/outstanding");
        Money thirteenDays = law.interest().calculate(Money.eur("600.00"), DebtorKind.CONSUMER,
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 9)).amount();
        Api.Response plan = api.post("/api/v1/cases/" + replaced[1] + "/instalment-plans", Map.of("instalments", 3,
                "firstDueOn", "2026-12-20"), ADMIN);
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        // worked example: 600.00 × (1.27 % base rate + 5 points) × 13 / 365 = 1.3398 → 1.34
        assertThat(thirteenDays).isEqualTo(Money.eur("1.34"));
        assertThat(Money.eur(pauseWaivers(shop, replaced[0]).get(0).get("amount").asString()).negate())
                .isEqualTo(thirteenDays);
        assertThat(Money.eur(plan.at("/openBalance"))).isEqualTo(Money.eur(before).minus(thirteenDays));

        // the other runs out: 30 days, 2026-11-27 to 2026-12-26, §288 Abs. 1 BGB interest on 1,000.00 for exactly
        // those days goes when the run ends it
        Money pauseDays = law.interest().calculate(Money.eur("1000.00"), DebtorKind.CONSUMER,
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 26)).amount();
        // worked example: 1,000.00 × 6.27 % × 30 / 365 = 5.1534 → 5.15
        assertThat(pauseDays).isEqualTo(Money.eur("5.15"));
        runOn("2026-12-27");
        List<JsonNode> waived = pauseWaivers(shop, ran[0]);
        assertThat(waived).hasSize(1);
        assertThat(Money.eur(waived.get(0).get("amount").asString()).negate()).isEqualTo(pauseDays);
        // the interest before the pause stays: it ran from default to 2026-11-26 and is not touched
        JsonNode ledger = api.get("/api/v1/claims/" + ran[0] + "/ledger", shop.auth()).json();
        assertThat(ledger.findValuesAsString("periodTo")).contains("2026-11-26", "2026-12-26");
        assertThat(pauseWaivers(shop, replaced[0])).as("the replaced pause is waived once").hasSize(1);
    }

    @Test
    void wrongTermsAreRefusedFieldByFieldAndTermsBeyondTheRulesWaitForTheCreditor() {
        Tenant shop = newTenant("Raten falsch");
        String[] c = caseOf(shop, "PL-4", "400.00", "2026-09-15");
        String plans = "/api/v1/cases/" + c[1] + "/instalment-plans";
        String before = api.get("/api/v1/cases/" + c[1], ADMIN).at("/balance/outstanding");

        Api.Response wrong = api.post(plans, Map.of("instalments", 0, "firstDueOn", "2026-11-01"), ADMIN);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("instalments",
                "firstDueOn");
        Api.Response badDebit = api.post(plans, Map.of("instalments", 2, "firstDueOn", "2026-12-15", "directDebit",
                Map.of("iban", "DE00 1234", "mandateReference", "//PL-4", "signedOn", "2026-12-01")), ADMIN,
                Map.of("Accept-Language", "de"));
        assertThat(badDebit.status()).isEqualTo(422);
        assertThat(badDebit.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "directDebit.iban", "directDebit.mandateReference", "directDebit.signedOn");
        assertThat(badDebit.json().get("detail").asString()).contains("Mandatsreferenz");
        assertThat(api.post(plans, Map.of("instalments", 2, "firstDueOn", "2026-12-15"), shop.auth()).status())
                .as("a shop does not agree plans itself").isEqualTo(403);
        assertThat(api.get(plans, newTenant("Fremde Raten").auth()).status()).isEqualTo(404);
        Api.Response longPause = api.post("/api/v1/cases/" + c[1] + "/deferrals", Map.of("until", "2027-03-01",
                "reason", "zu lang"), ADMIN);
        assertThat(longPause.status()).isEqualTo(422);
        assertThat(longPause.json().at("/errors/0/field").asString()).isEqualTo("until");
        assertThat(api.get(plans, ADMIN).json().size()).as("nothing stored").isZero();
        assertThat(api.get("/api/v1/cases/" + c[1] + "/deferrals", ADMIN).json().size()).isZero();

        // 20 rates: beyond the standard 12 and below the 25.00 minimum rate
        Api.Response beyond = api.post(plans, Map.of("instalments", 20, "firstDueOn", "2026-12-15"), ADMIN);

        assertThat(beyond.status()).as(beyond.toString()).isEqualTo(201);
        assertThat(beyond.at("/status")).isEqualTo("PENDING_CREDITOR");
        assertThat(api.get("/api/v1/cases/" + c[1], ADMIN).at("/balance/outstanding"))
                .as("no fee before the creditor agrees").isEqualTo(before);
        assertThat(api.post(plans, Map.of("instalments", 2, "firstDueOn", "2026-12-15"), ADMIN).status())
                .isEqualTo(409);

        String[] debited = caseOf(shop, "PL-5", "400.00", "2026-09-15");
        Api.Response debit = api.post("/api/v1/cases/" + debited[1] + "/instalment-plans", Map.of("instalments", 4,
                "firstDueOn", "2026-12-15", "directDebit", Map.of("iban", "DE89 3704 0044 0532 0130 00",
                        "mandateReference", "KUL-PL-5", "signedOn", "2026-11-27")), ADMIN);
        assertThat(debit.status()).as(debit.toString()).isEqualTo(201);
        assertThat(debit.at("/directDebit/iban")).isEqualTo("DE89370400440532013000");
        assertThat(debit.at("/directDebit/mandateReference")).isEqualTo("KUL-PL-5");
    }


    @Test
    void aDirectDebitPlanIsCollectedInAPain008FileAndADebitTheBankReturnsOpensItsRate() throws Exception {
        Tenant shop = newTenant("Lastschrift");
        String[] c = caseOf(shop, "DD-1", "300.00", "2026-09-15");
        JsonNode plan = api.post("/api/v1/cases/" + c[1] + "/instalment-plans", Map.of("instalments", 3,
                "firstDueOn", "2026-12-15", "directDebit", Map.of("iban", "DE89 3704 0044 0532 0130 00",
                        "mandateReference", "KUL-DD-1", "signedOn", "2026-11-27")), ADMIN).json();
        String first = plan.at("/schedule/0/reference").asString();
        // the plan letter is the pre-notification: creditor identifier, mandate, account; no transfer codes
        List<Map.Entry<String, List<String>>> letters = letters(shop, c[0], "Vorabankündigung der Lastschrift");
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).getKey()).contains("DE98ZZZ09999999999").contains("KUL-DD-1")
                .contains("DE89370400440532013000");
        assertThat(letters.get(0).getValue()).as("no QR code to transfer a rate").hasSize(0);

        String files = "/api/v1/direct-debit-files";
        Api.Response tooSoon = api.post(files, Map.of("collectionDate", "2026-11-27"), ADMIN);
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.json().at("/errors/0/field").asString()).isEqualTo("collectionDate");
        assertThat(api.post(files, Map.of("collectionDate", "2026-12-05"), ADMIN).body()).contains("TARGET business day");
        assertThat(api.post(files, Map.of("collectionDate", "2026-12-15"), shop.auth()).status()).isEqualTo(403);
        clock.setToday(LocalDate.of(2026, 12, 14));

        Api.Response made = api.post(files, Map.of("collectionDate", "2026-12-15"), ADMIN);

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.json().get("count").asInt()).isPositive();
        String xml = new String(api.download(made.at("/document"), ADMIN).body(), java.nio.charset.StandardCharsets.UTF_8);
        de.kulant.support.IsoSchemas.validate(xml, "pain.008.001.08");
        assertThat(xml).contains("<EndToEndId>" + first + "</EndToEndId></PmtId><InstdAmt Ccy=\"EUR\">"
                + plan.at("/schedule/0/amount").asString() + "</InstdAmt>").contains("<MndtId>KUL-DD-1</MndtId>")
                .contains("<IBAN>DE89370400440532013000</IBAN>").contains("<ReqdColltnDt>2026-12-15</ReqdColltnDt>");
        assertThat(api.post(files, Map.of("collectionDate", "2026-12-15"), ADMIN).status())
                .as("each rate is collected once").isEqualTo(409);

        // the bank collected it, then the debtor's bank returned it: the rate is open again and not collected anew
        clock.setToday(LocalDate.of(2026, 12, 15));
        String payment = api.post("/api/v1/claims/" + c[0] + "/payments", Map.of("amount",
                plan.at("/schedule/0/amount").asString(), "bookingDate", "2026-12-15", "reference", first),
                shop.auth()).at("/paymentId");
        awaitEvents();
        assertThat(plan(c[1]).at("/schedule/0/status").asString()).isEqualTo("PAID");
        clock.setToday(LocalDate.of(2026, 12, 18));
        reversals.returnPayments(List.of(new ReturnedPayment(new PaymentId(UUID.fromString(payment)),
                CreditorId.of(shop.id()), LocalDate.of(2026, 12, 18), "MD06 Rückgabe auf Verlangen")), Actor.system());
        awaitEvents();
        assertThat(plan(c[1]).at("/schedule/0/status").asString()).isEqualTo("OPEN");
        assertThat(api.post(files, Map.of("collectionDate", "2026-12-21"), ADMIN).status()).isEqualTo(409);
    }

    @Test
    void aDebitTheBankStatementShowsReturnedOpensItsRateAgain() {
        Tenant shop = newTenant("Lastschrift Kontoauszug");
        String[] c = caseOf(shop, "DD-C", "300.00", "2026-09-15");
        JsonNode plan = api.post("/api/v1/cases/" + c[1] + "/instalment-plans", Map.of("instalments", 3,
                "firstDueOn", "2026-12-15", "directDebit", Map.of("iban", "DE89 3704 0044 0532 0130 00",
                        "mandateReference", "KUL-DD-C", "signedOn", "2026-11-27")), ADMIN).json();
        String first = plan.at("/schedule/0/reference").asString();
        String amount = plan.at("/schedule/0/amount").asString();
        clock.setToday(LocalDate.of(2026, 12, 14));
        assertThat(api.post("/api/v1/direct-debit-files", Map.of("collectionDate", "2026-12-15"), ADMIN).status())
                .isEqualTo(201);
        clock.setToday(LocalDate.of(2026, 12, 15));
        Api.Response collected = api.postBytes("/api/v1/bank-statements", BankFiles.camt053(shop.iban(), "DD-C-1",
                List.of(BankFiles.Entry.credit(amount, "2026-12-15", "DDC-1").from("Erika Mustermann",
                        "DE89370400440532013000").rf(first).endToEnd(first))).getBytes(StandardCharsets.UTF_8),
                "application/xml", shop.auth());
        assertThat(collected.status()).as(collected.toString()).isIn(200, 201);
        awaitEvents();
        assertThat(plan(c[1]).at("/schedule/0/status").asString()).isEqualTo("PAID");
        clock.setToday(LocalDate.of(2026, 12, 18));

        Api.Response returned = api.postBytes("/api/v1/bank-statements", BankFiles.camt053(shop.iban(), "DD-C-2",
                List.of(BankFiles.Entry.debit(amount, "2026-12-18", "DDC-2").from("Erika Mustermann",
                        "DE89370400440532013000").endToEnd(first).returned("MD06"))).getBytes(StandardCharsets.UTF_8),
                "application/xml", shop.auth());

        assertThat(returned.at("/returns")).as(returned.toString()).isEqualTo("1");
        awaitEvents();
        assertThat(plan(c[1]).at("/schedule/0/status").asString()).as("the rate is open again").isEqualTo("OPEN");
        assertThat(timeline(c[1])).contains("PAYMENT_RETURNED");
    }

    @Test
    void theRunsBatchesOfMissedRatesReadOnFromTheLastPlanAndMissNone() {
        Tenant shop = newTenant("Raten in Stapeln");
        List<String> cases = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String[] c = caseOf(shop, "PB-" + i, "300.00", "2026-09-15");
            api.post("/api/v1/cases/" + c[1] + "/instalment-plans", Map.of("instalments", 3, "firstDueOn",
                    "2026-12-15"), ADMIN);
            cases.add(c[1]);
        }
        LocalDate asOf = LocalDate.of(2026, 12, 21);
        clock.setToday(asOf);
        Set<PlanStore.PlanCursor> seen = new HashSet<>();
        PlanStore.PlanCursor after = null;
        int batches = 0;
        while (true) {
            PlanStore.PlanCursor from = after;
            PlanTracking.MissedBatch batch = transactions.execute(status -> tracking.missedAfter(asOf, CreditorRange.ALL,
                    from, 1));
            if (batch.plans() == 0) {
                break;
            }
            assertThat(seen.add(batch.last())).as("each plan once").isTrue();
            after = batch.last();
            batches++;
        }

        assertThat(batches).as("batches of one plan each, read on from the last").isGreaterThanOrEqualTo(3);
        for (String caseId : cases) {
            assertThat(plan(caseId).at("/schedule/0/status").asString()).isEqualTo("MISSED");
            assertThat(timeline(caseId)).contains("PLAN_RATE_MISSED");
        }
    }
}
