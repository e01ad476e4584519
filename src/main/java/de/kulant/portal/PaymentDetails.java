package de.kulant.portal;

import de.kulant.claims.ClaimView;
import de.kulant.collection.CaseView;
import de.kulant.correspondence.EpcPayment;
import de.kulant.correspondence.QrSvg;
import de.kulant.creditors.Creditor;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How to pay the open amount by transfer, as the letters print it: the creditor's account, the RF reference of the one
 * open claim (or the case reference and invoice numbers for several), and the EPC QR code for a banking app.
 */
public record PaymentDetails(String beneficiary, String iban, String bic, Money amount, String remittance,
                             String qrSvg) {

    /** Only for a positive amount: nothing is to be paid otherwise, and no QR code can say zero. */
    public static PaymentDetails of(CaseView c, Creditor creditor, Money amount, String qrLabel) {
        String name = creditor.name().length() > 70 ? creditor.name().substring(0, 70) : creditor.name();
        List<ClaimView> open = c.claims().stream().filter(claim -> !claim.status().isClosed()).toList();
        String remittance;
        EpcPayment payment;
        if (open.size() == 1) {
            CreditorReference reference = open.get(0).paymentReference();
            remittance = reference.printed();
            payment = EpcPayment.withReference(creditor.bic(), name, creditor.iban(), amount, reference);
        } else {
            remittance = c.reference().value() + " " + open.stream().map(ClaimView::invoiceNumber)
                    .collect(Collectors.joining(", "));
            if (remittance.length() > 140) {
                remittance = remittance.substring(0, 137) + "...";
            }
            payment = EpcPayment.withText(creditor.bic(), name, creditor.iban(), amount, remittance);
        }
        return new PaymentDetails(name, grouped(creditor.iban()), creditor.bic(), amount, remittance,
                QrSvg.of(payment.payload(), qrLabel));
    }

    private static String grouped(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
