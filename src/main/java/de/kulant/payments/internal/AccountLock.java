package de.kulant.payments.internal;

import de.kulant.platform.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import step "account lock": waits until no other import of an account runs, then keeps the account to this import
 * until its transaction ends, so an import never misses the entries of one that commits while it runs.
 */
@Component
class AccountLock {

    private final AccountStore accounts;
    private final TransactionTemplate newAccount;

    AccountLock(AccountStore accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.newAccount = new TransactionTemplate(transactions);
        this.newAccount.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Locks the account; the latest booking date of its stored entries, or null when it has none yet. */
    LocalDate lock(String iban, Instant now) {
        try {
            Optional<AccountStore.LockedAccount> locked = accounts.lock(iban);
            if (locked.isEmpty()) {
                try {
                    // in a transaction of its own, so that a concurrent import waits on the same row
                    newAccount.executeWithoutResult(status -> accounts.add(iban, now));
                } catch (DuplicateKeyException recordedMeanwhile) {
                    // another import recorded it first: its row is there to lock
                }
                locked = accounts.lock(iban);
            }
            return locked.orElseThrow(() -> new IllegalStateException("account " + iban + " could not be recorded"))
                    .latestBooking();
        } catch (PessimisticLockingFailureException e) {
            throw ConflictException.coded("accountImporting", "Another statement of account " + iban
                    + " is being imported; import this one again when it is done.", iban);
        }
    }

    /** Remembers, per account, the latest booking date the import stored, for the next import's deduplication. */
    void advance(Map<String, LocalDate> storedUntil) {
        storedUntil.forEach(accounts::advance);
    }
}
