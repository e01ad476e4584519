package de.kulant.dunning.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimsForDunning;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DueClaim;
import de.kulant.claims.Escalation;
import de.kulant.claims.NextDunning;
import de.kulant.claims.NoticeId;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.dunning.Channel;
import de.kulant.dunning.ClaimHandedOver;
import de.kulant.dunning.ClaimsHandedOver;
import de.kulant.dunning.DunningPolicies;
import de.kulant.dunning.DunningPolicy;
import de.kulant.dunning.IssuedLetter;
import de.kulant.dunning.LetterId;
import de.kulant.dunning.NoticesIssued;
import de.kulant.dunning.RunId;
import de.kulant.dunning.NoticeView;
import de.kulant.dunning.PolicyVariant;
import de.kulant.dunning.RunView.PlannedStep;
import de.kulant.dunning.SkipReason;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Decides one chunk of whole debtors of a dunning run. A chunk changes claims only if they are unchanged since it read
 * them, writes one notice per claim and level (unique in the database), and publishes the events; {@link RunWorker}
 * runs it in the chunk's own transaction.
 */
@Component
public class RunExecutor {

    private final ClaimsForDunning claims;
    private final DunningPolicies policies;
    private final Creditors creditors;
    private final NoticeStore notices;
    private final ApprovalStore approvals;
    private final RunStore runs;
    private final CurrentLaw law;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunExecutor(ClaimsForDunning claims, DunningPolicies policies, Creditors creditors, NoticeStore notices,
                ApprovalStore approvals, RunStore runs, CurrentLaw law, ApplicationEventPublisher events,
                Clock clock) {
        this.claims = claims;
        this.policies = policies;
        this.creditors = creditors;
        this.notices = notices;
        this.approvals = approvals;
        this.runs = runs;
        this.law = law;
        this.events = events;
        this.clock = clock;
    }

    /** What a run's chunks share on this instance: the run and the creditors' settings, read once per run. */
    public record RunContext(RunStore.Parameters run, Escalator escalator, Map<CreditorId, DunningPolicy> policies,
                             Map<CreditorId, Boolean> approvalRequired) {
    }

    public RunContext context(RunStore.Parameters run) {
        return new RunContext(run, new Escalator(law.startOfDefault(), law.deadlines(), law.dunningFees()),
                new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /**
     * Decides and writes the claims of the snapshot's debtors {@code fromRank} to {@code toRank}; call it inside the
     * chunk's transaction. Returns what the chunk did.
     */
    public RunCounts execute(RunContext context, int fromRank, int toRank) {
        RunStore.Parameters parameters = context.run();
        Chunk run = new Chunk(parameters.id(), parameters.asOf(), parameters.dryRun(), parameters.history(),
                parameters.actor(), new RunCounts(), context.escalator(), context.policies(), context.approvalRequired());
        process(run, claims.chunk(parameters.snapshot(), fromRank, toRank, parameters.asOf()));
        return run.counts();
    }

    /** Everything one chunk needs: the run, its counts, and per-creditor settings read once per run. */
    private record Chunk(UUID runId, LocalDate asOf, boolean dryRun, boolean history, Actor actor, RunCounts counts,
                         Escalator escalator,
                         Map<CreditorId, DunningPolicy> policies, Map<CreditorId, Boolean> approvalRequired) {
    }

    private void process(Chunk run, List<DueClaim> due) {
        List<Escalation> escalations = new ArrayList<>();
        List<PlannedNotice> decided = new ArrayList<>();
        List<DueClaim> handovers = new ArrayList<>();
        List<ApprovalStore.Request> approvalRequests = new ArrayList<>();
        List<NextDunning> reschedule = new ArrayList<>();
        List<RunStore.PlannedRow> plan = new ArrayList<>();
        // a claim still at level 0 has had no notice (levels only rise, notices are never deleted): nothing to read
        Map<ClaimId, LastNotice> latest = notices.latest(due.stream().filter(claim -> claim.dunningLevel() > 0)
                .map(DueClaim::id).toList());
        for (DueClaim claim : due) {
            run.counts().addEvaluated();
            DunningPolicy policy = run.policies().computeIfAbsent(claim.creditorId(), policies::policyOf);
            PolicyVariant variant = policy.variantFor(claim);
            Decision decision = run.escalator().decide(claim, policy, variant, latest.get(claim.id()), run.asOf());
            if (decision instanceof Decision.Skip skip) {
                run.counts().addSkipped(skip.reason().name());
            } else if (decision instanceof Decision.Wait wait) {
                run.counts().addSkipped(wait.reason().name());
                reschedule.add(new NextDunning(claim.id(), claim.creditorId(), wait.nextOn()));
            } else if (decision instanceof Decision.Escalate escalate) {
                decided.add(new PlannedNotice(claim, variant, escalate));
            } else {
                boolean approval = run.approvalRequired().computeIfAbsent(claim.creditorId(),
                        id -> creditors.find(id).map(Creditor::handoverRequiresApproval).orElse(false));
                if (run.dryRun()) {
                    plan.add(planned(claim, approval ? "APPROVAL" : "HANDOVER", null, null, variant));
                    if (approval) {
                        run.counts().addSkipped("AWAITING_APPROVAL");
                    } else {
                        run.counts().addHandedOver();
                    }
                } else if (approval) {
                    approvalRequests.add(new ApprovalStore.Request(claim.id(), claim.creditorId(), run.asOf(), run.runId()));
                    reschedule.add(new NextDunning(claim.id(), claim.creditorId(), null));
                    run.counts().addSkipped("AWAITING_APPROVAL");
                } else {
                    escalations.add(new Escalation(claim.id(), claim.creditorId(), claim.version(),
                            new Escalation.HandOver()));
                    handovers.add(claim);
                }
            }
        }
        List<PlannedNotice> planned = OneFeePerLetter.settle(decided);
        Map<ClaimId, NoticeId> noticeIds = new HashMap<>();
        for (PlannedNotice p : planned) {
            DueClaim claim = p.claim();
            Decision.Escalate escalate = p.decision();
            Money fee = escalate.fee().amountOr(Money.zeroEur());
            if (run.dryRun()) {
                run.counts().addNotice(escalate.level().level());
                plan.add(planned(claim, "NOTICE", escalate.level().level(), fee.plus(escalate.flatFee()), p.variant()));
            } else {
                NoticeId noticeId = new NoticeId(Ids.next());
                noticeIds.put(claim.id(), noticeId);
                Escalation.Charges charges = new Escalation.Charges(fee, escalate.flatFee(),
                        claim.balance().outstanding().plus(fee).plus(escalate.flatFee()));
                Escalation.DefaultStart start = escalate.defaultStart() == null ? null
                        : new Escalation.DefaultStart(escalate.defaultStart().since(), escalate.defaultStart().rule());
                escalations.add(new Escalation(claim.id(), claim.creditorId(), claim.version(), new Escalation.Notice(
                        noticeId, escalate.level().level(),
                        new Escalation.Dates(run.asOf(), escalate.payBy(), escalate.nextOn()), charges, start,
                        claim.invoiceNumber())));
            }
        }
        if (run.dryRun()) {
            runs.plan(run.runId(), plan);
        } else {
            Set<ClaimId> applied = claims.escalate(escalations, run.actor());
            writeNotices(run, planned, applied, noticeIds);
            List<ClaimHandedOver> handedOver = new ArrayList<>();
            for (DueClaim claim : handovers) {
                if (applied.contains(claim.id())) {
                    run.counts().addHandedOver();
                    handedOver.add(new ClaimHandedOver(claim.id(), claim.creditorId(), claim.debtorId(), run.asOf()));
                }
            }
            // one event for the chunk: one stored publication, and collection opens the chunk's cases in one go
            if (!handedOver.isEmpty()) {
                events.publishEvent(new ClaimsHandedOver(handedOver));
            }
            int changed = escalations.size() - applied.size();
            for (int i = 0; i < changed; i++) {
                run.counts().addSkipped(SkipReason.CHANGED_DURING_RUN.name());
            }
            approvals.requestAll(approvalRequests);
            claims.reschedule(reschedule);
        }
        run.counts().addProcessed(due.size());
    }

    /** One notice per applied escalation; a debtor's notices of this run share one combined letter. */
    private void writeNotices(Chunk run, List<PlannedNotice> planned, Set<ClaimId> applied,
                              Map<ClaimId, NoticeId> noticeIds) {
        Map<UUID, List<NoticeStore.NewNotice>> byDebtor = new LinkedHashMap<>();
        Map<UUID, LetterId> combinedIds = new HashMap<>();
        for (PlannedNotice p : planned) {
            if (!applied.contains(p.claim().id())) {
                continue;
            }
            DueClaim claim = p.claim();
            Decision.Escalate escalate = p.decision();
            UUID debtor = claim.debtorId().value();
            LetterId combined = combinedIds.computeIfAbsent(debtor, d -> new LetterId(Ids.next()));
            Money fee = escalate.fee().amountOr(Money.zeroEur());
            Money fees = claim.balance().fees().plus(fee).plus(escalate.flatFee());
            Money outstanding = claim.balance().principal().plus(claim.balance().interest()).plus(fees)
                    .plus(claim.balance().costs());
            NoticeView notice = new NoticeView(noticeIds.get(claim.id()), claim.id(), claim.creditorId(), escalate.level().level(),
                    escalate.level().name(),
                    run.asOf(), escalate.payBy(), escalate.level().channel(), p.variant().tone(), p.variant().segment(),
                    claim.balance().principal(), claim.balance().interest(), fees, claim.balance().costs(), outstanding,
                    fee, escalate.fee().reason().name(), escalate.flatFee(),
                    CreditorReference.of(claim.referenceNumber()).value(), combined,
                    escalate.level().announcesHandover());
            byDebtor.computeIfAbsent(debtor, d -> new ArrayList<>())
                    .add(new NoticeStore.NewNotice(notice, claim.creditorId(), debtor, run.runId()));
            run.counts().addNotice(escalate.level().level());
        }
        List<NoticeStore.NewNotice> all = byDebtor.values().stream().flatMap(List::stream).toList();
        notices.insertAll(all, clock.instant());
        if (!byDebtor.isEmpty()) {
            List<IssuedLetter> letters = byDebtor.values().stream().map(RunExecutor::letter).toList();
            events.publishEvent(new NoticesIssued(new RunId(run.runId()), run.asOf(), letters, run.history()));
        }
    }

    /** A debtor's combined letter: on every channel one of its notices asks for. */
    private static IssuedLetter letter(List<NoticeStore.NewNotice> group) {
        NoticeView first = group.get(0).notice();
        Channel channel = group.stream().map(n -> n.notice().channel()).reduce(Channel::union).orElseThrow();
        return new IssuedLetter(first.combinedId(), first.creditorId(), new DebtorId(group.get(0).debtorId()), channel);
    }

    private static RunStore.PlannedRow planned(DueClaim claim, String action, Integer level, Money fee,
                                               PolicyVariant variant) {
        return new RunStore.PlannedRow(claim.id().value(), claim.creditorId().value(), new PlannedStep(claim.id().value(),
                claim.invoiceNumber(), action, level, fee == null ? null : fee.toPlainString(), variant.segment()));
    }
}
