package de.kulant.payments.internal;

import de.kulant.payments.BankFormat;
import de.kulant.payments.Reason;
import de.kulant.payments.StatementId;
import de.kulant.payments.StatementImport;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Import step "record": the statement's row with what the import found, and its line on the audit trail. */
@Component
class StatementRecord {

    private final StatementStore statements;
    private final AuditTrail audit;

    StatementRecord(StatementStore statements, AuditTrail audit) {
        this.statements = statements;
        this.audit = audit;
    }

    void start(UUID id, CreditorId tenant, String fileName, Actor actor, Instant now) {
        statements.insert(id, tenant, PaymentStore.cut(fileName, 200), actor.label(), now);
    }

    StatementImport finish(UUID id, CreditorId tenant, String fileName, Actor actor, BankFormat format, String sha256,
                           List<String> accounts, ImportTally tally) {
        String accountList = String.join(", ", accounts);
        List<Reason> warnings = tally.warnings();
        statements.complete(id, new StatementStore.Completed(format.label(), sha256,
                PaymentStore.cut(accountList.isEmpty() ? "-" : accountList, 400), tally.entries(), tally.credits(),
                tally.matched(), tally.unmatched(), tally.duplicates(), tally.returns(), tally.matchedAmount(),
                warnings.isEmpty() ? null
                        : PaymentStore.cut(String.join("\n", warnings.stream().map(Reason::encode).toList()), 4000)));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("file", fileName);
        counts.put("format", format.name());
        counts.put("entries", tally.entries());
        counts.put("matched", tally.matched());
        counts.put("unmatched", tally.unmatched());
        counts.put("duplicates", tally.duplicates());
        counts.put("returns", tally.returns());
        counts.put("matchedAmount", tally.matchedAmount().toPlainString());
        audit.record(new AuditEntry(tenant, "bank-statement", id.toString(), "bank-statement.imported", actor, null,
                counts));
        return new StatementImport(new StatementId(id), format, tally.entries(), tally.credits(), tally.matched(), tally.unmatched(),
                tally.duplicates(), tally.returns(), tally.pending(), Money.eur(tally.matchedAmount()),
                List.copyOf(warnings));
    }
}
