package de.kulant.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DebtorId;
import de.kulant.claims.MatchCandidate;
import de.kulant.claims.MatchKeys;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The matcher's rules one by one, on claims written for each case. */
class PaymentMatcherTest {

    private static final CreditorId SHOP = new CreditorId(UUID.randomUUID());
    private final PaymentMatcher matcher = new PaymentMatcher();

    private static MatchCandidate claim(String invoice, long reference, String amount, String debtor, String name) {
        return new MatchCandidate(new ClaimId(UUID.randomUUID()), SHOP,
                new DebtorId(UUID.nameUUIDFromBytes(debtor.getBytes())), invoice, reference, ClaimStatus.OPEN,
                Money.eur(amount), Money.eur(amount), LocalDate.of(2026, 10, 1), name, MatchKeys.nameKey(name));
    }

    private MatchDecision match(List<MatchCandidate> claims, String payer, String amount, String remittance,
                                String reference) {
        var source = new MatchingQualityTest.InMemoryCandidates(claims, Map.of());
        return matcher.match(List.of(new PaymentToMatch(UUID.randomUUID(), Money.eur(amount), LocalDate.of(2026, 11, 20),
                payer, null, remittance, reference, null)), source).get(0);
    }

    @Test
    void anRfReferenceBooksEvenWithAnotherPayerAndAnotherAmount() {
        MatchCandidate claim = claim("R-1", 100_234, "119.00", "d1", "Erika Mustermann");
        MatchDecision d = match(List.of(claim), "Firma Beispiel GmbH", "50.00", null,
                CreditorReference.of(100_234).value());

        assertThat(d.claims()).containsExactly(claim);
        assertThat(d.confidence()).isEqualByComparingTo("1");
        assertThat(d.reason().code()).isEqualTo("rf");
    }

    @Test
    void theRfReferenceOfAPlansRateBooksOnTheClaimItNamesPrintedOrNot() {
        MatchCandidate claim = claim("R-1", 100_234, "300.00", "d1", "Erika Mustermann");
        MatchCandidate other = claim("R-2", 100_235, "25.00", "d1", "Erika Mustermann");
        CreditorReference rate = CreditorReference.ofReference("100234R03");

        MatchDecision inField = match(List.of(claim, other), "Erika Mustermann", "25.00", null, rate.value());
        MatchDecision inText = match(List.of(claim, other), "Erika Mustermann", "25.00", "Rate 3 " + rate.printed(), null);

        assertThat(inField.claims()).containsExactly(claim);
        assertThat(inField.reason().code()).isEqualTo("rf");
        assertThat(inText.claims()).containsExactly(claim);
    }

    @Test
    void anRfReferenceWithOneMistypedDigitIsRepairedByItsCheckDigitsWhenNameAndAmountConfirmIt() {
        MatchCandidate claim = claim("R-1", 100_234, "119.00", "d1", "Erika Mustermann");
        MatchCandidate sameAmount = claim("R-2", 100_999, "119.00", "d1", "Erika Mustermann");
        String printed = CreditorReference.of(100_234).printed();
        String mistyped = printed.substring(0, printed.length() - 1) + (printed.endsWith("9") ? "8" : "9");

        MatchDecision d = match(List.of(claim, sameAmount), "Erika Mustermann", "119.00", "Zahlung " + mistyped, null);

        assertThat(d.claims()).containsExactly(claim);
        assertThat(d.reason().code()).isEqualTo("typo");
    }

    @Test
    void aNumberThatIsAnotherCustomersNumberIsNotBookedToThatCustomer() {
        MatchCandidate erikas = claim("RE-2026-100437", 1, "49.90", "d1", "Erika Mustermann");
        MatchCandidate erikasOther = claim("RE-2026-200000", 3, "49.90", "d1", "Erika Mustermann");
        MatchCandidate ottos = claim("RE-2026-100473", 2, "80.00", "d2", "Otto Normal");

        MatchDecision d = match(List.of(erikas, erikasOther, ottos), "Erika Mustermann", "49.90",
                "Rechnung RE-2026-100473", null);

        assertThat(d.claims()).containsExactly(erikas);
        assertThat(d.reason().code()).isEqualTo("typo");
    }

    @Test
    void aCommonNameDoesNotConfirmANumberWhenTheTypoReadingFitsTheAmount() {
        MatchCandidate first = claim("RE-2026-130437", 1, "49.90", "d1", "David Meyer");
        MatchCandidate firstOther = claim("RE-2026-777777", 3, "49.90", "d1", "David Meyer");
        MatchCandidate second = claim("RE-2026-130473", 2, "70.00", "d2", "David Meyer");

        MatchDecision d = match(List.of(first, firstOther, second), "DAVID MEYER", "49.90", "Rechnung RE-2026-130473",
                null);

        assertThat(d.claims()).containsExactly(first);
        assertThat(d.reason().code()).isEqualTo("typo");
    }

    @Test
    void aCommonNameWithTheRightNumberAndAPartialAmountIsBooked() {
        MatchCandidate first = claim("RE-2026-130437", 1, "49.90", "d1", "David Meyer");
        MatchCandidate second = claim("RE-2026-555555", 2, "70.00", "d2", "David Meyer");

        MatchDecision d = match(List.of(first, second), "Meyer, David", "20.00", "Rate RE-2026-130437", null);

        assertThat(d.claims()).containsExactly(first);
        assertThat(d.reason().code()).isEqualTo("invoice");
    }

    @Test
    void aBareNumberFromAStrangerWaitsWithTheClaimAsSuggestion() {
        MatchCandidate claim = claim("4711", 1, "30.00", "d1", "Erika Mustermann");

        MatchDecision d = match(List.of(claim), "Hans Fremd", "30.00", "Kundennummer 4711", null);

        assertThat(d.claims()).isEmpty();
        assertThat(d.suggestions()).containsExactly(claim);
    }

    @Test
    void aNameWithAnAmountThatFitsTwoClaimsWaits() {
        MatchCandidate one = claim("R-1", 1, "19.99", "d1", "Lena Vogel");
        MatchCandidate two = claim("R-2", 2, "19.99", "d1", "Lena Vogel");

        MatchDecision d = match(List.of(one, two), "Lena Vogel", "19.99", "Danke", null);

        assertThat(d.claims()).isEmpty();
        assertThat(d.suggestions()).containsExactlyInAnyOrder(one, two);
    }

    @Test
    void aNameWithTheTotalOfAllOpenClaimsPaysThemAllByTheStatutoryOrder() {
        MatchCandidate one = claim("R-1", 1, "19.99", "d1", "Lena Vogel");
        MatchCandidate two = claim("R-2", 2, "30.01", "d1", "Lena Vogel");

        MatchDecision d = match(List.of(one, two), "VOGEL, LENA", "50.00", null, null);

        assertThat(d.claims()).containsExactlyInAnyOrder(one, two);
        assertThat(d.statutoryOrder()).isTrue();
        assertThat(d.reason().code()).isEqualTo("nameTotal");
    }
}
