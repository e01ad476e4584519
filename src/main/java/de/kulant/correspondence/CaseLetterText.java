package de.kulant.correspondence;

import de.kulant.platform.money.Money;
import java.util.List;
import java.util.Locale;

/**
 * What a collection letter says once written: the request, the creditor it is written for, the debtor, each claim's
 * amounts on the letter's date with the interest explained, the cost lines, the total and how to pay; for a plan
 * paid by transfer, the EPC QR payload of each rate in the plan's order; and who is paid.
 */
public record CaseLetterText(CaseLetter request, Locale locale, Letter.Sender creditor, Letter.Recipient recipient,
                             List<Letter.Item> items, List<CaseLetter.CostItem> costs, Money total, String remittance,
                             String qrPayload, List<String> rateQrPayloads, CaseLetter.Payee payee) {

    public boolean german() {
        return "de".equals(locale.getLanguage());
    }

    public boolean combined() {
        return items.size() > 1;
    }

    /** The costs charged include VAT, which needs the statement that the creditor cannot deduct it (§13a Abs. 1 Nr. 6). */
    public boolean withVat() {
        return costs.stream().anyMatch(c -> c.basis().contains("7008"));
    }

    /** The plan's fee includes VAT, which needs the same statement as the costs (§13a Abs. 1 Nr. 6). */
    public boolean planWithVat() {
        return request.plan() != null && request.plan().fee().stream().anyMatch(c -> c.basis().contains("7008"));
    }

    public String label(CaseLetter.CostItem cost) {
        return german() ? cost.labelDe() : cost.labelEn();
    }
}
