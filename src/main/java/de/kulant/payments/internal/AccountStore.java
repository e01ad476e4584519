package de.kulant.payments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bank accounts seen in statements (table {@code bank_account}): the row an import of the account locks. */
@Repository
public class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account locked for an import, with the latest booking date of its stored entries (null: none yet). */
    public record LockedAccount(LocalDate latestBooking) {
    }

    /** Locks the account's row until the transaction ends; empty if Kulant has not seen the account before. */
    public Optional<LockedAccount> lock(String accountIban) {
        return jdbc.sql("select latest_booking from bank_account where iban = :iban for update")
                .param("iban", accountIban)
                .query((rs, n) -> new LockedAccount(rs.getObject(1, LocalDate.class))).optional();
    }

    /** Moves an account's latest booking date forward to {@code date}, never back. */
    public void advance(String accountIban, LocalDate date) {
        jdbc.sql("update bank_account set latest_booking = :date where iban = :iban"
                        + " and (latest_booking is null or latest_booking < :date)")
                .param("date", date).param("iban", accountIban).update();
    }

    /** Records an account seen for the first time (nothing if another import recorded it meanwhile). */
    public void add(String accountIban, Instant now) {
        jdbc.sql("insert into bank_account (iban, first_seen) select :iban, :now from (values (1)) one"
                        + " where not exists (select 1 from bank_account where iban = :iban)")
                .param("iban", accountIban).param("now", Timestamp.from(now)).update();
    }
}
