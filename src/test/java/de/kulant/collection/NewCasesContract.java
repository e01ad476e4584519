package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.DebtorId;
import de.kulant.collection.internal.NewCases;
import de.kulant.collection.internal.NewCases.NewCase;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.support.ClaimFixture;
import de.kulant.support.DebtorFixture;
import de.kulant.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's reference is unique across all shops (it is what a debtor types into the portal and writes on a
 * transfer), kept so by the directory {@code case_reference} now that the case table's own keys are per shop
 * (docs/decisions/034). On H2 and PostgreSQL.
 */
abstract class NewCasesContract extends IntegrationTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 27);

    @Autowired
    private NewCases newCases;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aReferenceAnotherShopHoldsIsNotGivenTwice() {
        Tenant first = newTenant("Referenz Eins");
        Tenant second = newTenant("Referenz Zwei");
        CaseReference reference = CaseReference.random();
        NewCase mine = new NewCase(new CaseId(Ids.next()), creditor(first), debtorOf(first, "REF-1"), reference, ON);
        NewCase theirs = new NewCase(new CaseId(Ids.next()), creditor(second), debtorOf(second, "REF-2"), reference, ON);

        open(List.of(mine));
        open(List.of(theirs));

        assertThat(casesWith(reference)).containsExactly(mine.id().value());
        assertThat(jdbc.queryForObject("select case_id from case_reference where reference = ?", UUID.class,
                reference.value())).isEqualTo(mine.id().value());
    }

    @Test
    void aCaseLeftOutBecauseItsDebtorHasOneGivesItsReferenceBack() {
        Tenant shop = newTenant("Referenz Drei");
        DebtorId debtor = debtorOf(shop, "REF-3");
        NewCase open = new NewCase(new CaseId(Ids.next()), creditor(shop), debtor, CaseReference.random(), ON);
        CaseReference spare = CaseReference.random();
        NewCase again = new NewCase(new CaseId(Ids.next()), creditor(shop), debtor, spare, ON);

        open(List.of(open));
        open(List.of(again));

        assertThat(casesWith(spare)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from case_reference where reference = ?", Long.class,
                spare.value())).as("the reference is free again").isZero();
        NewCase other = new NewCase(new CaseId(Ids.next()), creditor(shop), debtorOf(shop, "REF-4"), spare, ON);
        open(List.of(other));
        assertThat(casesWith(spare)).containsExactly(other.id().value());
    }

    private void open(List<NewCase> cases) {
        transactions.executeWithoutResult(status -> newCases.insert(cases, "test", Instant.parse("2026-11-27T09:00:00Z")));
    }

    private List<UUID> casesWith(CaseReference reference) {
        return jdbc.queryForList("select id from collection_case where reference = ?", UUID.class, reference.value());
    }

    private static CreditorId creditor(Tenant tenant) {
        return CreditorId.of(tenant.id());
    }

    private DebtorId debtorOf(Tenant tenant, String invoice) {
        String claim = createClaim(tenant, ClaimFixture.aClaim(invoice)
                .owedBy(DebtorFixture.aConsumer("K-" + invoice).email(invoice.toLowerCase() + "@kunde.example")).json());
        return new DebtorId(jdbc.queryForObject("select debtor_id from claim where id = ?", UUID.class,
                UUID.fromString(claim)));
    }
}
