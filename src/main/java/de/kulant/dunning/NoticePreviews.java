package de.kulant.dunning;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimsForDunning;
import de.kulant.claims.DueClaim;
import de.kulant.law.FlatFee;
import de.kulant.law.NoticeFeeFacts;
import de.kulant.law.PlaceOfPerformance;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a notice of a given level would say for a claim today under the creditor's real policy: the level's name, the
 * segment's tone, the fee the law allows, the B2B flat fee, the handover announcement and the pay-by date (§193 BGB).
 */
@Service
public class NoticePreviews {

    private final DunningPolicies policies;
    private final ClaimsForDunning claims;
    private final CurrentLaw law;

    NoticePreviews(DunningPolicies policies, ClaimsForDunning claims, CurrentLaw law) {
        this.policies = policies;
        this.claims = claims;
        this.law = law;
    }

    /** A notice as the policy would write it; {@code levelCount} and {@code levelNames} let the form offer the chain. */
    public record NoticePreview(int level, String levelName, java.util.List<String> levelNames, Tone tone, Channel channel,
                                LocalDate payBy, Money fee, Money flatFee, boolean announcesHandover) {
    }

    /** Empty when the creditor has no such claim; a level beyond the chain shows the chain's last. */
    @Transactional(readOnly = true)
    public Optional<NoticePreview> preview(CreditorId creditor, ClaimId claim, int level, LocalDate asOf) {
        return claims.asDue(creditor, claim, asOf).map(due -> preview(due, level, asOf));
    }

    private NoticePreview preview(DueClaim due, int wanted, LocalDate asOf) {
        DunningPolicy policy = policies.policyOf(due.creditorId());
        PolicyVariant variant = policy.variantFor(due);
        int level = Math.max(1, Math.min(wanted, variant.lastLevel()));
        PolicyLevel chosen = variant.level(level);
        // the same rules as a run: term to the next working day at the place of performance (§193 BGB)
        PlaceOfPerformance place = PlaceOfPerformance.ofAddress(due.country(), due.postalCode());
        LocalDate payBy = law.deadlines().nextWorkingDay(asOf.plusDays(chosen.paymentTermDays()), place);
        boolean inDefault = due.defaultSince() != null && !due.defaultSince().isAfter(asOf);
        Money flatFee = policy.chargeBusinessFlatFee()
                ? FlatFee.dueNow(due.debtorKind(), inDefault, false, due.balance().fees()) : Money.zeroEur();
        boolean byPost = chosen.channel().includesLetter() || !due.reachableByEmail();
        Money fee = law.dunningFees().decide(new NoticeFeeFacts(chosen.fee(), inDefault, byPost, flatFee.isPositive()))
                .amountOr(Money.zeroEur());
        return new NoticePreview(level, chosen.name(), variant.levels().stream().map(PolicyLevel::name).toList(),
                variant.tone(), chosen.channel(), payBy, fee, flatFee, chosen.announcesHandover());
    }
}
