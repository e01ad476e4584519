package de.kulant.legal;

import de.kulant.law.BaseRate;
import de.kulant.law.BaseRateTable;
import de.kulant.law.CollectionCosts;
import de.kulant.law.Deadlines;
import de.kulant.law.DefaultInterest;
import de.kulant.law.DunningFees;
import de.kulant.law.Limitation;
import de.kulant.law.StartOfDefault;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The law's calculators on today's tables. The base-rate table is the published one plus the values an
 * admin added in {@code base_rate_addition}; it is reloaded after an addition and every minute, so
 * every instance picks up a new value without a release.
 */
@Service
public class CurrentLaw {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Deadlines deadlines = Deadlines.germany();
    private final StartOfDefault startOfDefault;
    private final CollectionCosts collectionCosts = CollectionCosts.published();
    private final DunningFees dunningFees;
    private final Limitation limitation = new Limitation(deadlines);
    private volatile BaseRateTable baseRates = BaseRateTable.published();
    private volatile DefaultInterest interest = new DefaultInterest(baseRates);

    CurrentLaw(JdbcClient jdbc, AuditTrail audit, Clock clock, LawProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.startOfDefault = new StartOfDefault(deadlines, properties.deliveryDays());
        this.dunningFees = new DunningFees(Money.eur(properties.maximumDunningFee()));
        reload();
    }

    public BaseRateTable baseRates() {
        return baseRates;
    }

    public DefaultInterest interest() {
        return interest;
    }

    public StartOfDefault startOfDefault() {
        return startOfDefault;
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public CollectionCosts collectionCosts() {
        return collectionCosts;
    }

    public DunningFees dunningFees() {
        return dunningFees;
    }

    public Limitation limitation() {
        return limitation;
    }

    /** Adds (or corrects) a base rate published after this release. */
    @Transactional
    public BaseRate addBaseRate(BaseRate rate, Actor actor) {
        if (rate.validFrom().isBefore(BaseRateTable.published().provisionalFrom())) {
            throw new InvalidInputException("validFrom", "the published table already covers "
                    + rate.validFrom() + "; add values from " + BaseRateTable.published().provisionalFrom() + " on");
        }
        int updated = jdbc.sql("update base_rate_addition set rate = :rate, added_at = :now, added_by = :actor "
                        + "where valid_from = :from")
                .param("rate", rate.percent()).param("now", Timestamp.from(clock.instant()))
                .param("actor", actor.label()).param("from", rate.validFrom())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into base_rate_addition (valid_from, rate, added_at, added_by) values (:from, :rate, :now, :actor)")
                    .param("from", rate.validFrom()).param("rate", rate.percent())
                    .param("now", Timestamp.from(clock.instant())).param("actor", actor.label())
                    .update();
        }
        audit.record(new AuditEntry(null, "base-rate", rate.validFrom().toString(), "base-rate.added", actor, null,
                Map.of("validFrom", rate.validFrom().toString(), "rate", rate.percent().toPlainString())));
        reload();
        return rate;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void reload() {
        List<BaseRate> additions = jdbc.sql("select valid_from, rate from base_rate_addition")
                .query((rs, n) -> new BaseRate(rs.getObject(1, java.time.LocalDate.class), rs.getBigDecimal(2)))
                .list();
        BaseRateTable table = BaseRateTable.published().withAdditions(additions);
        this.baseRates = table;
        this.interest = new DefaultInterest(table);
    }
}
