package de.kulant.creditors.internal;

import de.kulant.creditors.PromoCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PromoCodeStore {

    private final JdbcClient jdbc;

    PromoCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the code exists already. */
    public boolean insert(PromoCode code) {
        return jdbc.sql("""
                        insert into promo_code (code, waives_commission_months, valid_until, max_uses, uses, created_at,
                            created_by)
                        select :code, :months, :validUntil, :maxUses, 0, :createdAt, :createdBy
                        where not exists (select 1 from promo_code where code = :code)""")
                .param("code", code.code()).param("months", code.waivesCommissionMonths())
                .param("validUntil", code.validUntil()).param("maxUses", code.maxUses())
                .param("createdAt", Timestamp.from(code.createdAt())).param("createdBy", code.createdBy())
                .update() == 1;
    }

    public Optional<PromoCode> find(String code) {
        return jdbc.sql("select * from promo_code where code = :code").param("code", code)
                .query(PromoCodeStore::map).optional();
    }

    public List<PromoCode> all() {
        return jdbc.sql("select * from promo_code order by created_at desc, code").query(PromoCodeStore::map).list();
    }

    /** Counts one use when the code is valid on {@code today} and not used up; false when it is not (any more). */
    public boolean use(String code, LocalDate today) {
        return jdbc.sql("""
                        update promo_code set uses = uses + 1
                        where code = :code and (valid_until is null or valid_until >= :today)
                          and (max_uses is null or uses < max_uses)""")
                .param("code", code).param("today", today).update() == 1;
    }

    private static PromoCode map(ResultSet rs, int row) throws SQLException {
        return new PromoCode(rs.getString("code"), rs.getInt("waives_commission_months"),
                rs.getObject("valid_until", LocalDate.class), (Integer) rs.getObject("max_uses", Integer.class),
                rs.getInt("uses"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
