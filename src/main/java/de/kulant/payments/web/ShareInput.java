package de.kulant.payments.web;

import de.kulant.claims.ClaimId;
import de.kulant.payments.ManualMatching;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A share of a payment as a person typed it or a client sent it; parsed here, at the edge, naming each bad field. */
record ShareInput(String claimId, String amount) {

    /** The shares with their claim ids and amounts read, or {@link InvalidInputException} naming every bad one. */
    static List<ManualMatching.Share> parseAll(List<ShareInput> inputs, InputCheck check) {
        if (inputs == null) {
            return List.of();
        }
        List<FieldViolation> problems = new ArrayList<>();
        List<ManualMatching.Share> shares = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ShareInput input = inputs.get(i);
            Money amount = check.amount("shares[" + i + "].amount", input.amount(), ManualMatching.LIMIT);
            ClaimId claim = null;
            try {
                claim = new ClaimId(UUID.fromString(input.claimId() == null ? "" : input.claimId().strip()));
            } catch (IllegalArgumentException e) {
                problems.add(FieldViolation.of("shares[" + i + "].claimId", "is not a claim id"));
            }
            if (claim != null && amount != null) {
                shares.add(new ManualMatching.Share(claim, amount));
            }
        }
        check.throwIfInvalid();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return shares;
    }
}
