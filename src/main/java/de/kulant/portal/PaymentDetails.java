package de.kulant.portal;

import de.kulant.claims.ClaimView;
import de.kulant.collection.CaseView;
import de.kulant.collection.CollectionProperties;
import de.kulant.correspondence.EpcPayment;
import de.kulant.correspondence.QrSvg;
import de.kulant.creditors.Creditor;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How to pay the open amount by transfer, as the letters print it: the agency's client-money account (or, without one,
 * the creditor's), the RF reference of the one open claim (or the case reference and invoice numbers for several), and
 * the EPC QR code for a banking app.
 */
public record PaymentDetails(String beneficiary, String iban, String bic, Money amount, String remittance,
                             String qrSvg) {

    /** Only for a positive amount: nothing is to be paid otherwise, and no QR code can say zero. */
    public static PaymentDetails of(CaseView c, CollectionProperties.Agency agency, Creditor creditor, Money amount,
                                    String qrLabel) {
        boolean toAgency = agency.iban() != null && !agency.iban().isBlank();
        String payee = toAgency ? agency.name() : creditor.name();
        String iban = toAgency ? agency.iban() : creditor.iban();
        String bic = toAgency ? agency.bic() : creditor.bic();
        String name = payee.length() > 70 ? payee.substring(0, 70) : payee;
        List<ClaimView> open = c.claims().stream().filter(claim -> !claim.status().isClosed()).toList();
        String remittance;
        EpcPayment payment;
        if (open.size() == 1) {
            CreditorReference reference = open.get(0).paymentReference();
            remittance = reference.printed();
            payment = EpcPayment.withReference(bic, name, iban, amount, reference);
        } else {
            remittance = c.reference().value() + " " + open.stream().map(ClaimView::invoiceNumber)
                    .collect(Collectors.joining(", "));
            if (remittance.length() > 140) {
                remittance = remittance.substring(0, 137) + "...";
            }
            payment = EpcPayment.withText(bic, name, iban, amount, remittance);
        }
        return new PaymentDetails(name, grouped(iban), bic, amount, remittance,
                QrSvg.of(payment.payload(), qrLabel));
    }

    private static String grouped(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
