package de.kulant.legal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The German-law calculators of api.md and the base-rate table an admin can extend. */
abstract class LawApiContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private CurrentLaw law;

    /** Base-rate additions are global: remove them so other tests see the published table. */
    @AfterEach
    void forgetAddedBaseRates() {
        jdbc.update("delete from base_rate_addition");
        law.reload();
    }

    @Test
    void listsTheBaseRatesSince2002() {
        Tenant shop = newTenant("Basiszins");

        Api.Response rates = api.get("/api/v1/law/base-rates", shop.auth());

        assertThat(rates.status()).isEqualTo(200);
        assertThat(rates.at("/0/validFrom")).isEqualTo("2002-01-01");
        assertThat(rates.at("/0/rate")).isEqualTo("2.57");
    }

    @Test
    void computesDefaultInterestWithItsPeriods() {
        Tenant shop = newTenant("Zinsrechner");

        Api.Response interest = api.get("/api/v1/law/default-interest?principal=5000.00&from=2025-03-15&to=2025-09-30"
                + "&debtorKind=BUSINESS", shop.auth());

        assertThat(interest.status()).isEqualTo(200);
        assertThat(interest.at("/amount")).isEqualTo("296.16");
        assertThat(interest.at("/periods/0/days")).isEqualTo("108");
        assertThat(interest.at("/periods/0/ratePercent")).isEqualTo("11.27");
        assertThat(interest.at("/periods/1/ratePercent")).isEqualTo("10.27");
        assertThat(interest.at("/dayCount")).isEqualTo("act/365");
    }

    @Test
    void refusesBadCalculatorInputNamingTheField() {
        assertThat(api.get("/api/v1/law/default-interest?principal=0&from=2025-01-01&to=2025-02-01&debtorKind=CONSUMER",
                ADMIN).at("/errors/0/field")).isEqualTo("principal");
        assertThat(api.get("/api/v1/law/default-interest?principal=10&from=2025-02-01&to=2025-01-01&debtorKind=CONSUMER",
                ADMIN).at("/errors/0/field")).isEqualTo("to");
        assertThat(api.get("/api/v1/law/default-interest?principal=10&from=2001-02-01&to=2002-03-01&debtorKind=CONSUMER",
                ADMIN).at("/errors/0/field")).isEqualTo("from");
        assertThat(api.get("/api/v1/law/default-interest?principal=10&from=2025-01-01&to=2025-02-01&debtorKind=ALIEN",
                ADMIN).at("/errors/0/field")).isEqualTo("debtorKind");
        assertThat(api.get("/api/v1/law/collection-costs?claimValue=0&date=2025-06-01", ADMIN).at("/errors/0/field"))
                .isEqualTo("claimValue");
        assertThat(api.get("/api/v1/law/collection-costs?claimValue=0&date=2025-06-01", ADMIN).status()).isEqualTo(422);
    }

    @Test
    void computesTheCollectionCostCapItemized() {
        Api.Response costs = api.get("/api/v1/law/collection-costs?claimValue=500.00&date=2025-06-01&debtorKind=CONSUMER",
                ADMIN);

        assertThat(costs.status()).isEqualTo(200);
        assertThat(costs.at("/factor")).isEqualTo("0.9");
        assertThat(costs.at("/fee")).isEqualTo("46.35");
        assertThat(costs.at("/flatRate")).isEqualTo("9.27");
        assertThat(costs.at("/vat")).isEqualTo("0.00");
        assertThat(costs.at("/total")).isEqualTo("55.62");
        assertThat(costs.at("/lines/0/basis")).contains("§13e RDG");
        assertThat(costs.at("/lines/0/label")).startsWith("0,9 Geschäftsgebühr");
        assertThat(api.get("/api/v1/law/collection-costs?claimValue=1000&date=2025-05-31&promptPayment=true"
                + "&creditorDeductsVat=false", ADMIN).at("/total")).isEqualTo("62.83");
    }

    @Test
    void anAdminAddsTheNextBaseRateAndInterestStopsBeingProvisional() {
        Api.Response before = api.get("/api/v1/law/default-interest?principal=1000&from=2026-07-01&to=2026-07-31"
                + "&debtorKind=CONSUMER", ADMIN);
        assertThat(before.at("/provisional")).isEqualTo("true");

        Api.Response added = api.post("/api/v1/admin/base-rates", Map.of("validFrom", "2026-07-01", "rate", "1.27"), ADMIN);
        assertThat(added.status()).isEqualTo(201);

        Api.Response after = api.get("/api/v1/law/default-interest?principal=1000&from=2026-07-01&to=2026-07-31"
                + "&debtorKind=CONSUMER", ADMIN);
        assertThat(after.at("/provisional")).isEqualTo("false");
        assertThat(api.get("/api/v1/law/base-rates", ADMIN).body()).contains("2026-07-01");
    }

    @Test
    void refusesABaseRateForAPublishedHalfYearOrAnOddDate() {
        assertThat(api.post("/api/v1/admin/base-rates", Map.of("validFrom", "2025-07-01", "rate", "9.99"), ADMIN)
                .at("/errors/0/field")).isEqualTo("validFrom");
        assertThat(api.post("/api/v1/admin/base-rates", Map.of("validFrom", "2027-02-01", "rate", "1.00"), ADMIN)
                .status()).isEqualTo(422);
        assertThat(api.post("/api/v1/admin/base-rates", Map.of("validFrom", "2027-01-01", "rate", "viel"), ADMIN)
                .at("/errors/0/field")).isEqualTo("rate");
        Tenant shop = newTenant("Kein Basiszins");
        assertThat(api.post("/api/v1/admin/base-rates", Map.of("validFrom", "2027-01-01", "rate", "1.00"), shop.auth())
                .status()).isEqualTo(403);
    }

    @Test
    void tellsWhenADebtorIsInDefaultAndByWhichRule() {
        Api.Response business = api.get("/api/v1/law/start-of-default?debtorKind=BUSINESS&invoiceDate=2026-03-02"
                + "&dueDate=2026-03-02&postalCode=30159", ADMIN);
        assertThat(business.at("/since")).isEqualTo("2026-04-08");
        assertThat(business.at("/rule")).isEqualTo("THIRTY_DAYS");
        assertThat(business.at("/basis")).isEqualTo("§286 Abs. 3 BGB");

        Api.Response consumer = api.get("/api/v1/law/start-of-default?debtorKind=CONSUMER&invoiceDate=2026-03-02"
                + "&dueDate=2026-03-16&postalCode=30159", ADMIN);
        assertThat(consumer.at("/inDefault")).isEqualTo("false");
        assertThat(api.get("/api/v1/law/start-of-default?debtorKind=CONSUMER&invoiceDate=2026-03-02&dueDate=2026-03-01",
                ADMIN).at("/errors/0/field")).isEqualTo("dueDate");
    }

    @Test
    void computesTheEndOfLimitation() {
        Api.Response result = api.get("/api/v1/law/limitation?arisenOn=2024-06-30", ADMIN);

        assertThat(result.at("/endsOn")).isEqualTo("2027-12-31");
        assertThat(result.at("/steps/0")).contains("§§195, 199 BGB");
        assertThat(api.get("/api/v1/law/limitation?arisenOn=2024-02-01&restartedOn=2026-05-10", ADMIN).at("/endsOn"))
                .isEqualTo("2029-05-11");
    }

    @Test
    void takesSuspensionsAndCourtProceduresAsWellAsRestarts() {
        // legal-reference.md §8: arisen 2025-03-15, payment order served 2025-06-01, procedure ended 2025-09-01
        Api.Response court = api.get("/api/v1/law/limitation?arisenOn=2025-03-15&courtProcedure=2025-06-01/2025-09-01", ADMIN);
        assertThat(court.at("/endsOn")).isEqualTo("2029-03-01");
        Api.Response early = api.get("/api/v1/law/limitation?arisenOn=2025-03-15&restartedOn=2025-05-01", ADMIN);
        assertThat(early.at("/endsOn")).isEqualTo("2029-01-02");
        Api.Response open = api.get("/api/v1/law/limitation?arisenOn=2024-06-30&suspension=2026-02-01/", ADMIN);
        assertThat(open.at("/suspended")).isEqualTo("true");
        Api.Response both = api.get("/api/v1/law/limitation?arisenOn=2024-06-30&suspension=2026-02-01/2026-08-31"
                + "&restartedOn=2026-05-04", ADMIN);
        assertThat(both.at("/endsOn")).isEqualTo("2029-08-31");
    }

    @Test
    void refusesASuspensionEndingBeforeItStartsAndARestartBeforeTheClaimArose() {
        Api.Response backwards = api.get("/api/v1/law/limitation?arisenOn=2025-03-15&suspension=2026-03-01/2026-02-01", ADMIN);
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.at("/errors/0/field")).isEqualTo("suspension");
        assertThat(backwards.at("/errors/0/message")).contains("before it starts");
        Api.Response early = api.get("/api/v1/law/limitation?arisenOn=2025-03-15&restartedOn=2025-01-01", ADMIN);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("before the claim arose");
        assertThat(api.get("/api/v1/law/limitation?arisenOn=2025-03-15&suspension=2026-03-01", ADMIN).status())
                .isEqualTo(422);
    }

    @Test
    void setsOffTheBusinessFlatFeeAgainstCollectionCostsUnlessToldItWasNotCharged() {
        // 0.9 × 51.50 = 46.35 + 9.27 flat rate = 55.62; less the 40.00 of §288 Abs. 5 BGB = 15.62
        Api.Response business = api.get("/api/v1/law/collection-costs?claimValue=500.00&date=2026-01-10&debtorKind=BUSINESS", ADMIN);
        assertThat(business.at("/offset")).isEqualTo("40.00");
        assertThat(business.at("/total")).isEqualTo("15.62");
        Api.Response notCharged = api.get("/api/v1/law/collection-costs?claimValue=500.00&date=2026-01-10"
                + "&debtorKind=BUSINESS&b2bFlatFeeCharged=false", ADMIN);
        assertThat(notCharged.at("/total")).isEqualTo("55.62");
        assertThat(api.get("/api/v1/law/collection-costs?claimValue=500.00&date=2026-01-10&debtorKind=CONSUMER", ADMIN)
                .at("/total")).isEqualTo("55.62");
    }

    @Test
    void explainsWhetherADunningFeeIsAllowed() {
        Api.Response refused = api.get("/api/v1/law/dunning-fee?fee=1.50&inDefaultBeforeNotice=false", ADMIN);
        assertThat(refused.at("/allowed")).isEqualTo("false");
        assertThat(refused.at("/reason")).isEqualTo("NOTICE_CREATES_DEFAULT");

        Api.Response capped = api.get("/api/v1/law/dunning-fee?fee=5.00&inDefaultBeforeNotice=true", ADMIN);
        assertThat(capped.at("/amount")).isEqualTo("1.20");
        assertThat(capped.at("/reason")).isEqualTo("CAPPED_AT_MAXIMUM");

        Api.Response email = api.get("/api/v1/law/dunning-fee?fee=1.00&inDefaultBeforeNotice=true&channel=EMAIL", ADMIN);
        assertThat(email.at("/allowed")).isEqualTo("false");
        assertThat(email.at("/reason")).isEqualTo("SENT_BY_EMAIL_ONLY");
        assertThat(email.at("/explanation")).contains("nur per E-Mail");
        Api.Response business = api.get("/api/v1/law/dunning-fee?fee=1.00&inDefaultBeforeNotice=true&channel=LETTER"
                + "&businessFlatFeeCharged=true", ADMIN);
        assertThat(business.at("/reason")).isEqualTo("COVERED_BY_FLAT_FEE");
        assertThat(api.get("/api/v1/law/dunning-fee?fee=1.00&channel=FAX", ADMIN).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/law/dunning-fee?fee=-1&inDefaultBeforeNotice=true", ADMIN).status()).isEqualTo(422);
    }
}
