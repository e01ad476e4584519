package de.kulant.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The EPC069-12 payload, version 002, as banking apps parse it. */
class EpcPaymentTest {

    private static final String IBAN = "DE89370400440532013000";

    @Test
    void aTransferWithAnRfReferenceHasElevenLinesWithTheReferenceInTheTenth() {
        String payload = EpcPayment.withReference("cobadeffxxx", "Nordlicht GmbH", "DE89 3704 0044 0532 0130 00",
                Money.eur("120.60"), CreditorReference.of(100_042)).payload();

        assertThat(payload).isEqualTo("BCD\n002\n1\nSCT\nCOBADEFFXXX\nNordlicht GmbH\n" + IBAN + "\nEUR120.60\n\n"
                + CreditorReference.of(100_042).value());
    }

    @Test
    void theBicMayBeLeftOutAndATextTakesTheLastLine() {
        String payload = EpcPayment.withText(null, "Nordlicht GmbH", IBAN, Money.eur("0.01"), "Rechnungen R-1, R-2")
                .payload();

        assertThat(payload.split("\n", -1)).containsExactly("BCD", "002", "1", "SCT", "", "Nordlicht GmbH", IBAN,
                "EUR0.01", "", "", "Rechnungen R-1, R-2");
    }

    @Test
    void amountsUpToTheEpcMaximumAreAcceptedAndAboveRefused() {
        assertThat(EpcPayment.withText(null, "N", IBAN, Money.eur("999999999.99"), "x").payload())
                .contains("\nEUR999999999.99\n");
        assertThatThrownBy(() -> EpcPayment.withText(null, "N", IBAN, Money.eur("1000000000.00"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999999999.99");
        assertThatThrownBy(() -> EpcPayment.withText(null, "N", IBAN, Money.zeroEur(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.01");
    }

    @Test
    void anInvalidIbanOrBicOrAnOverlongNameIsRefusedWithTheValueNamed() {
        assertThatThrownBy(() -> EpcPayment.withText(null, "N", "DE89370400440532013001", Money.eur("1.00"), "x"))
                .hasMessageContaining("IBAN 'DE89370400440532013001' is not valid");
        assertThatThrownBy(() -> EpcPayment.withText("NOTABIC", "N", IBAN, Money.eur("1.00"), "x"))
                .hasMessageContaining("BIC 'NOTABIC'");
        assertThatThrownBy(() -> EpcPayment.withText(null, "N".repeat(71), IBAN, Money.eur("1.00"), "x"))
                .hasMessageContaining("1 to 70 characters");
        assertThatThrownBy(() -> EpcPayment.withText(null, "N", IBAN, Money.eur("1.00"), "x".repeat(141)))
                .hasMessageContaining("140 characters");
    }

    @Test
    void umlautsAreEncodedAsUtf8WithinTheSizeLimit() {
        String payload = EpcPayment.withText(null, "Müller & Söhne Großhandel", IBAN, Money.eur("1.00"), "Rechnung Ä-1")
                .payload();

        assertThat(payload).contains("Müller & Söhne Großhandel");
        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(331);
    }
}
