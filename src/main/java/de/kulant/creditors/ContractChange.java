package de.kulant.creditors;

/**
 * A change of a creditor's contract terms as received; a term left null stays as it is. Amounts are texts
 * ({@code "5.00"}) that {@link Creditors#changeContract} checks.
 */
public record ContractChange(Boolean handoverRequiresApproval, Boolean residualWaiver, String residualWaiverMaximum,
                             String residualPrincipalTolerance, Boolean deductsInputTax) {

    public static ContractChange approval(boolean handoverRequiresApproval) {
        return new ContractChange(handoverRequiresApproval, null, null, null, null);
    }
}
