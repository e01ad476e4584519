package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The day a case's debtor was first told in a letter that the claim may be reported to a credit bureau. */
@Repository
public class BureauNoticeStore {

    private final JdbcClient jdbc;

    BureauNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The debtors of these cases were told on that day; the first day stays. */
    public void markTold(Map<CaseId, LocalDate> told) {
        told.forEach((id, on) -> jdbc.sql("update collection_case set bureau_told_on = :on where id = :id "
                        + "and bureau_told_on is null")
                .param("on", on).param("id", id.value()).update());
    }

    /** Empty when no letter has told the debtor yet. */
    public Optional<LocalDate> toldOn(CaseId id) {
        return jdbc.sql("select bureau_told_on from collection_case where id = :id and bureau_told_on is not null")
                .param("id", id.value()).query(LocalDate.class).optional();
    }
}
