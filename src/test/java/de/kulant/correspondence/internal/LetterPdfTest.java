package de.kulant.correspondence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.correspondence.EpcPayment;
import de.kulant.correspondence.Letter;
import de.kulant.correspondence.Letters;
import de.kulant.correspondence.PdfFacts;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.exceptions.TemplateProcessingException;

/** Letters as the debtor, the banking app and an archive's PDF/A check see them. */
class LetterPdfTest {

    private static final PdfLetters PDFS = new PdfLetters();
    private static LetterTemplates templates;

    @BeforeAll
    static void templates() {
        templates = new LetterTemplates(messages());
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("letters");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static byte[] render(Letter letter) {
        return PDFS.render(templates.letter(letter)).bytes();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void aNoticeShowsEveryAmountItsDatesTheReferenceAndTheAddress() throws IOException {
        byte[] pdf = render(Letters.single(Letters.erika()));
        PdfFacts facts = PdfFacts.of(pdf);
        String text = flat(facts.text());

        assertThat(facts.text()).contains("Erika Mustermann\nMusterstraße 1\n10115 Berlin\n");
        assertThat(text).contains("Nordlicht Naturkosmetik GmbH · Große Elbstraße 145 · 22767 Hamburg")
                .contains("Datum 21.03.2026").contains("Kundennummer K-4711").contains("Rechnungsnummer R-2026-0815")
                .contains("Mahnung – Rechnung R-2026-0815 vom 16.02.2026")
                .contains("Guten Tag Erika Mustermann,")
                .contains("Rechnungsbetrag (Hauptforderung)").contains("119,00 €")
                .contains("Verzugszinsen").contains("0,10 €").contains("§ 288 Abs. 1 BGB")
                .contains("Mahngebühren").contains("1,50 €")
                .contains("Offener Gesamtbetrag 120,60 €")
                .contains("Bitte überweisen Sie 120,60 € bis zum 31.03.2026")
                .contains("IBAN DE89 3704 0044 0532 0130 00").contains("BIC COBADEFFXXX")
                .contains("Verwendungszweck " + CreditorReference.of(100_042).printed())
                .doesNotContain("Inkasso");
        assertThat(facts.pages()).isEqualTo(1);
        screenshot(pdf, "letter");
    }

    @Test
    void theQrCodeIsAnEpcCreditTransferOfTheOutstandingAmountToTheCreditorWithTheReference() {
        PdfFacts.Epc epc = PdfFacts.of(render(Letters.single(Letters.erika()))).epc();

        assertThat(epc).isNotNull();
        assertThat(epc.serviceTag()).isEqualTo("BCD");
        assertThat(epc.version()).isEqualTo("002");
        assertThat(epc.encoding()).isEqualTo("1");
        assertThat(epc.identification()).isEqualTo("SCT");
        assertThat(epc.bic()).isEqualTo("COBADEFFXXX");
        assertThat(epc.name()).isEqualTo("Nordlicht Naturkosmetik GmbH");
        assertThat(epc.iban()).isEqualTo(Letters.IBAN);
        assertThat(epc.amount()).isEqualTo("EUR120.60");
        assertThat(epc.reference()).isEqualTo(CreditorReference.of(100_042).value());
        assertThat(CreditorReference.isValid(epc.reference())).isTrue();
        assertThat(epc.text()).isEmpty();
    }

    @Test
    void everyQrCodeReadsBackExactlyWhateverNameAmountAndReferenceItCarries() {
        Random random = new Random(42);
        for (int i = 0; i < 12; i++) {
            String name = "Shop Nr. " + random.nextInt(100_000) + " Müller & Söhne".substring(0, 1 + random.nextInt(15));
            Money amount = Money.eurCents(1 + random.nextInt(99_999_999));
            CreditorReference reference = CreditorReference.of(1 + random.nextInt(999_999_999));
            String payload = EpcPayment.withReference(null, name, Letters.IBAN, amount, reference).payload();
            Letter base = Letters.single(Letters.erika());
            Letter letter = new Letter(base.combinedId(), base.locale(), base.tone(), base.kind(), base.level(),
                    base.levelName(), base.sender(), base.recipient(), base.date(), base.payBy(), base.items(),
                    base.total(), reference.printed(), payload, null, false, true);

            assertThat(PdfFacts.of(render(letter)).qrPayload()).as(payload).isEqualTo(payload);
        }
    }

    @Test
    void theLetterIsPdfA2bWithEmbeddedFontsMetadataAndAnOutputIntent() {
        PdfFacts facts = PdfFacts.of(render(Letters.single(Letters.erika())));

        assertThat(facts.fonts()).isNotEmpty().allMatch(font -> font.contains("LiberationSans"));
        assertThat(facts.fontsNotEmbedded()).isEmpty();
        assertThat(facts.xmp()).contains("pdfaid:part").contains("2").contains("pdfaid:conformance")
                .containsPattern("pdfaid:conformance(=\"|>)B");
        assertThat(facts.xmp()).contains("Mahnung – Rechnung R-2026-0815");
        assertThat(facts.outputIntents()).isEqualTo(1);
        assertThat(facts.outputIntentInfo()).contains("sRGB").endsWith("true");
    }

    @Test
    void aCombinedNoticeListsEveryClaimAndAsksForOneTransferNamingTheInvoices() throws IOException {
        byte[] pdf = render(Letters.combined(Letters.erika()));
        PdfFacts facts = PdfFacts.of(pdf);
        String text = flat(facts.text());

        assertThat(text).contains("Letzte Mahnung – 3 offene Rechnungen")
                .contains("Rechnung R-2026-0001 vom 16.02.2026, fällig am 02.03.2026").contains("Offen für Rechnung R-2026-0001 120,60 €")
                .contains("Rechnung R-2026-0002 vom").contains("Offen für Rechnung R-2026-0002 51,44 €")
                .contains("Rechnung R-2026-0003 vom").contains("Offen für Rechnung R-2026-0003 1.237,12 €")
                .contains("Offener Gesamtbetrag 1.409,16 €")
                .contains("trotz mehrfacher Mahnung sind die unten aufgeführten Forderungen noch offen")
                .contains("Unser Kundenservice ist montags bis freitags")
                .contains("übergeben wir die Forderung einem Inkassodienstleister")
                .doesNotContain("Rechnungsnummer R-2026");
        assertThat(facts.epc().amount()).isEqualTo("EUR1409.16");
        assertThat(facts.epc().reference()).isEmpty();
        assertThat(facts.epc().text()).isEqualTo("Rechnungen R-2026-0001, R-2026-0002, R-2026-0003");
        screenshot(pdf, "letter-combined");
    }

    @Test
    void umlautsAndLongNamesArePrintedInFull() {
        Letter.Recipient longName = new Letter.Recipient(
                "Jürgen-Björn Weißenfels-Großkopf von Überlingen-Äschach", "Königsallee 127, Hinterhaus, 3. OG links",
                "40212", "Düsseldorf", "DE", null, "K-Ölmühle-0001", "juergen@example.org", false);

        PdfFacts facts = PdfFacts.of(render(Letters.single(longName)));

        assertThat(flat(facts.text())).contains("Jürgen-Björn Weißenfels-Großkopf von Überlingen-Äschach")
                .contains("Königsallee 127, Hinterhaus, 3. OG links").contains("40212 Düsseldorf")
                .contains("K-Ölmühle-0001").contains("Große Elbstraße 145").contains("Jörg Weißmüller");
        assertThat(facts.text()).doesNotContain("#").doesNotContain("\ufffd");
    }

    @Test
    void aDebtorAbroadGetsTheCountryInTheAddressAndAnEnglishLetter() {
        PdfFacts facts = PdfFacts.of(render(Letters.english(Letters.jean())));

        assertThat(facts.text()).contains("Jean Dupont\n12 rue de la Paix\n75002 Paris\nFRANKREICH\n");
        assertThat(flat(facts.text())).contains("Dear Jean Dupont,").contains("Date 21 March 2026")
                .contains("€120.60").contains("31 March 2026").doesNotContain("Guten Tag");
    }

    @Test
    void aTemplateThatCannotBeRenderedStopsWithAnErrorInsteadOfAHalfWrittenLetter() {
        LetterTemplates broken = new LetterTemplates(messages(), "broken-letters/");

        assertThatThrownBy(() -> broken.letter(Letters.single(Letters.erika())))
                .isInstanceOf(TemplateProcessingException.class).hasMessageContaining("noSuchField");
    }

    private static void screenshot(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(image, "png", Path.of("target/screenshots/" + name + ".png").toFile());
        }
    }
}
