package de.kulant.claims;

import de.kulant.claims.csv.ClaimCsv;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.ClaimValidator;
import de.kulant.claims.internal.IntakeWriter;
import de.kulant.claims.internal.NewClaim;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking claims in: one by one, as a batch of up to 10,000, or as a CSV file. All-or-nothing: any
 * invalid claim refuses the whole batch. Sending an existing invoice number again with the same content
 * changes nothing; with other content it is a conflict.
 */
@Service
public class ClaimIntake {

    public static final int MAX_BATCH = 10_000;
    private static final int ATTEMPTS = 3;

    private final ClaimStore store;
    private final IntakeWriter writer;
    private final ClaimQueries queries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ClaimIntake(ClaimStore store, IntakeWriter writer, ClaimQueries queries, TransactionTemplate transactions,
                Clock clock) {
        this.store = store;
        this.writer = writer;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One claim; {@code created} false when the same claim existed already. */
    public record Created(ClaimView claim, boolean created) {
    }

    public Created createOne(CreditorId creditor, ClaimRequest request, Actor actor) {
        LocalDate today = BusinessDates.today(clock);
        ClaimValidator.Checked checked = ClaimValidator.check(request, today);
        if (!checked.violations().isEmpty()) {
            throw new InvalidInputException(checked.violations());
        }
        NewClaim claim = checked.claim();
        Outcome outcome = retrying(() -> transactions.execute(status -> {
            ClaimStore.Existing existing = store.findByInvoiceNumbers(creditor, List.of(claim.invoiceNumber()))
                    .get(claim.invoiceNumber());
            if (existing == null) {
                return new Outcome(writer.write(creditor, List.of(claim), actor).get(0), true);
            }
            if (!existing.contentHash().equals(claim.contentHash())) {
                throw conflict(claim.invoiceNumber(), existing);
            }
            return new Outcome(existing.id(), false);
        }));
        return new Created(queries.find(creditor, outcome.id(), today).orElseThrow(), outcome.created());
    }

    private record Outcome(ClaimId id, boolean created) {
    }

    public IntakeResult createBatch(CreditorId creditor, List<ClaimRequest> requests, Actor actor) {
        if (requests == null || requests.isEmpty()) {
            throw new InvalidInputException("batch", "send at least one claim");
        }
        if (requests.size() > MAX_BATCH) {
            throw new InvalidInputException("batch", "at most " + MAX_BATCH + " claims per batch, not " + requests.size());
        }
        return ingest(creditor, requests, (violation, index) -> violation.atIndex(index), actor);
    }

    public IntakeResult importCsv(CreditorId creditor, byte[] content, Actor actor) {
        ClaimCsv.Parsed parsed = ClaimCsv.parse(content);
        if (!parsed.violations().isEmpty()) {
            throw new InvalidInputException(parsed.violations());
        }
        List<Integer> lines = parsed.lines();
        return ingest(creditor, parsed.requests(), (violation, index) -> violation.atLine(lines.get(index)), actor);
    }

    /**
     * What importing this CSV would do, without storing anything: the number of claims, the first {@code shown}
     * rows as read, how many exist already unchanged, and every error by line (at most 1,000) — the file's own and
     * invoice numbers the shop has already used for other content.
     */
    public CsvPreview previewCsv(CreditorId creditor, byte[] content, int shown) {
        ClaimCsv.Parsed parsed = ClaimCsv.parse(content);
        if (!parsed.violations().isEmpty()) {
            return new CsvPreview(0, List.of(), 0, limited(parsed.violations()));
        }
        List<Integer> lines = parsed.lines();
        List<ClaimRequest> requests = parsed.requests();
        BiFunction<FieldViolation, Integer, FieldViolation> locate = (v, index) -> v.atLine(lines.get(index));
        Checked checked = check(requests, locate);
        List<ClaimRequest> first = requests.subList(0, Math.min(shown, requests.size()));
        if (!checked.violations().isEmpty()) {
            return new CsvPreview(requests.size(), first, 0, limited(checked.violations()));
        }
        Compared compared = compare(creditor, checked, locate);
        return new CsvPreview(requests.size(), first, compared.unchanged(), limited(compared.conflicts()));
    }

    /** A CSV file's preview: nothing of it is stored. */
    public record CsvPreview(int claims, List<ClaimRequest> firstRows, int unchanged, List<FieldViolation> errors) {
    }

    private IntakeResult ingest(CreditorId creditor, List<ClaimRequest> requests,
                                BiFunction<FieldViolation, Integer, FieldViolation> locate, Actor actor) {
        Checked checked = check(requests, locate);
        if (!checked.violations().isEmpty()) {
            throw new InvalidInputException(limited(checked.violations()));
        }
        return retrying(() -> transactions.execute(status -> {
            Compared compared = compare(creditor, checked, locate);
            if (!compared.conflicts().isEmpty()) {
                throw new ConflictException(compared.conflicts().size() + " invoice number(s) exist already with "
                        + "different content; nothing was stored.", limited(compared.conflicts()));
            }
            writer.write(creditor, compared.fresh(), actor);
            return new IntakeResult(compared.fresh().size(), compared.unchanged());
        }));
    }

    /** The claims as checked one by one, in order (null where refused), and every refusal located. */
    private record Checked(List<NewClaim> claims, Map<String, Integer> firstPosition, List<FieldViolation> violations) {
    }

    private Checked check(List<ClaimRequest> requests, BiFunction<FieldViolation, Integer, FieldViolation> locate) {
        LocalDate today = BusinessDates.today(clock);
        List<FieldViolation> violations = new ArrayList<>();
        List<NewClaim> claims = new ArrayList<>(requests.size());
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            ClaimValidator.Checked checked = ClaimValidator.check(requests.get(i), today);
            for (FieldViolation violation : checked.violations()) {
                violations.add(locate.apply(violation, i));
            }
            NewClaim claim = checked.claim();
            claims.add(claim);
            if (claim != null) {
                Integer first = firstPosition.putIfAbsent(claim.invoiceNumber(), i);
                if (first != null) {
                    violations.add(locate.apply(FieldViolation.coded("invoiceNumber", "invoiceTwice", "'"
                            + claim.invoiceNumber() + "' appears twice in this batch", claim.invoiceNumber()), i));
                }
            }
        }
        return new Checked(claims, firstPosition, violations);
    }

    /** Valid claims against the shop's stored ones: new, the same again, or an invoice number used for other content. */
    private record Compared(List<NewClaim> fresh, int unchanged, List<FieldViolation> conflicts) {
    }

    private Compared compare(CreditorId creditor, Checked checked,
                             BiFunction<FieldViolation, Integer, FieldViolation> locate) {
        Map<String, ClaimStore.Existing> existing = store.findByInvoiceNumbers(creditor,
                checked.firstPosition().keySet());
        List<FieldViolation> conflicts = new ArrayList<>();
        List<NewClaim> fresh = new ArrayList<>(checked.claims().size());
        int unchanged = 0;
        for (int i = 0; i < checked.claims().size(); i++) {
            NewClaim claim = checked.claims().get(i);
            ClaimStore.Existing stored = existing.get(claim.invoiceNumber());
            if (stored == null) {
                fresh.add(claim);
            } else if (stored.contentHash().equals(claim.contentHash())) {
                unchanged++;
            } else {
                conflicts.add(locate.apply(FieldViolation.coded("invoiceNumber", "invoiceExists", "'"
                        + claim.invoiceNumber() + "' exists already with different content (claim " + stored.id()
                        + ")", claim.invoiceNumber()), i));
            }
        }
        return new Compared(fresh, unchanged, conflicts);
    }

    private static List<FieldViolation> limited(List<FieldViolation> violations) {
        return violations.size() > 1000 ? violations.subList(0, 1000) : violations;
    }

    private static ConflictException conflict(String invoiceNumber, ClaimStore.Existing existing) {
        return new ConflictException("A claim with invoice number '" + invoiceNumber
                + "' exists already with different content; nothing was stored.",
                List.of(FieldViolation.coded("invoiceNumber", "invoiceExists", "'" + invoiceNumber
                        + "' exists already with different content (claim " + existing.id() + ")", invoiceNumber)));
    }

    /**
     * Concurrent intakes of the same debtor or invoice collide on a unique key (or, rarely, deadlock);
     * the retry sees the winner's rows.
     */
    private static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
