package de.kulant.dunning.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.claims.NoticeId;
import de.kulant.dunning.Channel;
import de.kulant.dunning.IssuedLetter;
import de.kulant.dunning.LetterId;
import de.kulant.dunning.NoticeFilter;
import de.kulant.dunning.NoticeView;
import de.kulant.dunning.Tone;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import de.kulant.platform.money.Money;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code notice}: one row per claim and level, guaranteed by a unique key. */
@Repository
public class NoticeStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;

    NoticeStore(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
    }

    /** A notice to store, with the ids that tie it to its creditor, debtor and run. */
    public record NewNotice(NoticeView notice, CreditorId creditorId, UUID debtorId, UUID runId) {
    }

    public void insertAll(List<NewNotice> notices, Instant now) {
        Timestamp timestamp = Timestamp.from(now);
        template.batchUpdate("""
                insert into notice (id, creditor_id, claim_id, debtor_id, run_id, combined_id, level, level_name,
                    issued_on, pay_by, channel, tone, segment, principal, interest, fees, costs, outstanding,
                    fee_charged, fee_reason, flat_fee, payment_reference, announces_handover, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                notices, 1000, (PreparedStatement ps, NewNotice row) -> {
                    NoticeView n = row.notice();
                    ps.setObject(1, n.id().value());
                    ps.setObject(2, n.creditorId().value());
                    ps.setObject(3, n.claimId().value());
                    ps.setObject(4, row.debtorId());
                    ps.setObject(5, row.runId());
                    ps.setObject(6, n.combinedId().value());
                    ps.setInt(7, n.level());
                    ps.setString(8, n.levelName());
                    ps.setObject(9, n.issuedOn());
                    ps.setObject(10, n.payBy());
                    ps.setString(11, n.channel().name());
                    ps.setString(12, n.tone().name());
                    ps.setString(13, n.segment());
                    ps.setBigDecimal(14, n.principal().amount());
                    ps.setBigDecimal(15, n.interest().amount());
                    ps.setBigDecimal(16, n.fees().amount());
                    ps.setBigDecimal(17, n.costs().amount());
                    ps.setBigDecimal(18, n.outstanding().amount());
                    ps.setBigDecimal(19, n.feeCharged().amount());
                    ps.setString(20, n.feeReason());
                    ps.setBigDecimal(21, n.flatFee().amount());
                    ps.setString(22, n.paymentReference());
                    ps.setBoolean(23, n.announcesHandover());
                    ps.setTimestamp(24, timestamp);
                });
    }

    /** The latest notice of each claim, with whether any of its notices carried the flat fee and the fees charged. */
    public Map<ClaimId, LastNotice> latest(Collection<ClaimId> claims) {
        Map<ClaimId, LastNotice> latest = new HashMap<>();
        if (claims.isEmpty()) {
            return latest;
        }
        jdbc.sql("select n.claim_id, n.level, n.issued_on, n.pay_by, n.flat_fee, n.fee_charged from "
                        + byKey("claim_id", ":claims"))
                .param("claims", claims.stream().map(ClaimId::value).toArray(UUID[]::new))
                .query(rs -> {
                    ClaimId claim = new ClaimId(rs.getObject(1, UUID.class));
                    boolean flatFee = rs.getBigDecimal(5).signum() > 0;
                    LastNotice row = new LastNotice(rs.getInt(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), flatFee, Money.eur(rs.getBigDecimal(6)));
                    latest.merge(claim, row, (a, b) -> {
                        LastNotice newer = a.level() >= b.level() ? a : b;
                        return new LastNotice(newer.level(), newer.issuedOn(), newer.payBy(),
                                a.flatFeeCharged() || b.flatFeeCharged(), a.feesCharged().plus(b.feesCharged()));
                    });
                });
        return latest;
    }

    public List<NoticeView> forClaim(CreditorId creditor, ClaimId claim) {
        return jdbc.sql("select * from notice where claim_id = :claim and creditor_id = :creditor order by level")
                .param("claim", claim.value()).param("creditor", creditor.value())
                .query((rs, n) -> view(rs)).list();
    }

    /** The notices of many claims of one creditor in one query, each claim's by level. */
    public Map<ClaimId, List<NoticeView>> forClaims(CreditorId creditor, Collection<ClaimId> claims) {
        Map<ClaimId, List<NoticeView>> found = new HashMap<>();
        if (claims.isEmpty()) {
            return found;
        }
        jdbc.sql("select * from notice where claim_id = any(:claims) and creditor_id = :creditor order by claim_id, level")
                .param("claims", claims.stream().map(ClaimId::value).distinct().toArray(UUID[]::new))
                .param("creditor", creditor.value())
                .query((rs, n) -> view(rs)).list()
                .forEach(notice -> found.computeIfAbsent(notice.claimId(), k -> new ArrayList<>()).add(notice));
        return found;
    }

    public Optional<NoticeView> find(NoticeId id) {
        return jdbc.sql("select * from notice where id = :id").param("id", id.value()).query((rs, n) -> view(rs))
                .optional();
    }

    public List<NoticeView> combined(LetterId combinedId) {
        return jdbc.sql("select * from notice where combined_id = :combined order by level, claim_id")
                .param("combined", combinedId.value())
                .query((rs, n) -> view(rs)).list();
    }

    /** The notices of several combined letters, each letter's in the order of the letter: one query. */
    public Map<LetterId, List<NoticeView>> combined(Collection<LetterId> combinedIds) {
        Map<LetterId, List<NoticeView>> letters = new LinkedHashMap<>();
        if (combinedIds.isEmpty()) {
            return letters;
        }
        jdbc.sql("select n.* from unnest(:ids) as wanted(id) join notice n on n.combined_id = wanted.id"
                        + " order by n.combined_id, n.level, n.claim_id")
                .param("ids", combinedIds.stream().map(LetterId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    NoticeView notice = view(rs);
                    letters.computeIfAbsent(notice.combinedId(), k -> new ArrayList<>()).add(notice);
                });
        return letters;
    }

    /** A claim's notices up to a level: the flat fees charged with them, summed. */
    public record UpToLevel(ClaimId claim, CreditorId creditor, int level) {
    }

    /** For each claim and level, the B2B flat fees its notices up to that level charged: one query. */
    public Map<UpToLevel, Money> flatFeesUpTo(Collection<UpToLevel> wanted) {
        Map<UpToLevel, Money> fees = new HashMap<>();
        if (wanted.isEmpty()) {
            return fees;
        }
        List<UpToLevel> list = List.copyOf(new LinkedHashSet<>(wanted));
        jdbc.sql("""
                        select wanted.claim_id, wanted.creditor_id, wanted.level, sum(n.flat_fee)
                        from unnest(:claims, :creditors, :levels) as wanted(claim_id, creditor_id, level)
                        join notice n on n.claim_id = wanted.claim_id and n.creditor_id = wanted.creditor_id
                            and n.level <= wanted.level
                        group by wanted.claim_id, wanted.creditor_id, wanted.level""")
                .param("claims", list.stream().map(w -> w.claim().value()).toArray(UUID[]::new))
                .param("creditors", list.stream().map(w -> w.creditor().value()).toArray(UUID[]::new))
                .param("levels", list.stream().map(UpToLevel::level).toArray(Integer[]::new))
                .query(rs -> {
                    fees.put(new UpToLevel(new ClaimId(rs.getObject(1, UUID.class)),
                            new CreditorId(rs.getObject(2, UUID.class)), rs.getInt(3)), Money.eur(rs.getBigDecimal(4)));
                });
        return fees;
    }

    /**
     * The notices whose {@code column} is one of the array {@code parameter}, as {@code n}. On PostgreSQL one index probe
     * per key: a join was planned as a scan of the whole table when notices had grown quickly since the last ANALYZE
     * (a dunning run adds 200,000 in a minute), 135 ms per chunk instead of a few.
     */
    private String byKey(String column, String parameter) {
        if (bulk.onPostgres()) {
            return "unnest(" + parameter + ") as wanted(wanted_key) cross join lateral "
                    + "(select * from notice n where n." + column + " = wanted.wanted_key offset 0) n";
        }
        return "unnest(" + parameter + ") as wanted(wanted_key) join notice n on n." + column + " = wanted.wanted_key";
    }

    public List<IssuedLetter> letters(Collection<LetterId> combinedIds) {
        Map<LetterId, IssuedLetter> letters = new LinkedHashMap<>();
        jdbc.sql("select n.combined_id, n.creditor_id, n.debtor_id, n.channel from " + byKey("combined_id", ":ids"))
                .param("ids", combinedIds.stream().map(LetterId::value).toArray(UUID[]::new))
                .query(rs -> {
                    LetterId combined = new LetterId(rs.getObject(1, UUID.class));
                    Channel channel = Channel.valueOf(rs.getString(4));
                    letters.merge(combined, new IssuedLetter(combined, new CreditorId(rs.getObject(2, UUID.class)),
                            new DebtorId(rs.getObject(3, UUID.class)), channel),
                            (a, b) -> new IssuedLetter(a.combinedId(), a.creditorId(), a.debtorId(),
                                    a.channel().union(b.channel())));
                });
        return List.copyOf(letters.values());
    }

    public boolean markDropped(NoticeId id) {
        return jdbc.sql("update notice set dropped = true where id = :id and dropped = false")
                .param("id", id.value()).update() == 1;
    }

    static NoticeView view(ResultSet rs) throws SQLException {
        return new NoticeView(new NoticeId(rs.getObject("id", UUID.class)), new ClaimId(rs.getObject("claim_id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getInt("level"), rs.getString("level_name"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("pay_by", LocalDate.class), Channel.valueOf(rs.getString("channel")),
                Tone.valueOf(rs.getString("tone")), rs.getString("segment"), Money.eur(rs.getBigDecimal("principal")),
                Money.eur(rs.getBigDecimal("interest")), Money.eur(rs.getBigDecimal("fees")),
                Money.eur(rs.getBigDecimal("costs")), Money.eur(rs.getBigDecimal("outstanding")),
                Money.eur(rs.getBigDecimal("fee_charged")), rs.getString("fee_reason"),
                Money.eur(rs.getBigDecimal("flat_fee")), rs.getString("payment_reference"),
                new LetterId(rs.getObject("combined_id", UUID.class)), rs.getBoolean("announces_handover"));
    }

    /** The notice list's columns: issued (newest first), level (highest first) and amount asked (largest first). */
    public static final SortColumns LIST_ORDER = new SortColumns("id",
            new SortColumns.Column("issuedOn", "issued_on", SortColumns.KeyType.DATE, true),
            new SortColumns.Column("level", "level", SortColumns.KeyType.INTEGER, true),
            new SortColumns.Column("asked", "outstanding", SortColumns.KeyType.NUMBER, true));

    /** Up to {@code size} notices in the order, after the position {@code cursor} gave out. */
    public SortColumns.Keyed<NoticeView> page(NoticeFilter filter, ListOrder order, String cursor, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = conditions(filter, where);
        return LIST_ORDER.page(jdbc, "select *", " from notice" + where, params, order, cursor, size, (rs, n) -> view(rs));
    }

    /** How many notices the filter finds, counted up to {@code limit} only. */
    public long count(NoticeFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("select 1 from notice where 1 = 1");
        Map<String, Object> params = conditions(filter, sql);
        return jdbc.sql("select count(*) from (" + sql + " limit " + limit + ") counted").params(params)
                .query(Long.class).single();
    }

    private static Map<String, Object> conditions(NoticeFilter filter, StringBuilder sql) {
        Map<String, Object> params = new HashMap<>();
        if (filter.creditor() != null) {
            sql.append(" and creditor_id = :creditor");
            params.put("creditor", filter.creditor().value());
        }
        if (filter.level() != null) {
            sql.append(" and level = :level");
            params.put("level", filter.level());
        }
        if (filter.issuedFrom() != null) {
            sql.append(" and issued_on >= :from");
            params.put("from", filter.issuedFrom());
        }
        if (filter.issuedTo() != null) {
            sql.append(" and issued_on <= :to");
            params.put("to", filter.issuedTo());
        }
        return params;
    }
}
