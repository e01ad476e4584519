package de.kulant.correspondence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.Letter;
import de.kulant.correspondence.Letter.Item;
import de.kulant.correspondence.Letters;
import de.kulant.platform.money.Money;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Print costs and readability (issue 13, item 10): a notice for one claim fits one page even with everything a notice
 * can hold; a long combined letter breaks between rows, never inside one, and the closing stays with its paragraph.
 */
class LetterLayoutTest {

    private static LetterPrinter printer;

    @BeforeAll
    static void printer() {
        printer = new LetterPrinter(new LetterTemplates(LetterPdfTest.messages()), new PdfLetters());
    }

    private static List<String> pages(Letter letter) throws IOException {
        byte[] pdf = printer.print(letter).bytes();
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 70), "png",
                    java.nio.file.Path.of("target/screenshots/letter-layout-" + letter.items().size() + "-"
                            + letter.locale().getLanguage() + ".png").toFile());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    private static String logo() throws IOException {
        BufferedImage image = new BufferedImage(600, 180, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** A final notice to a business abroad with every line a notice can have, a logo and a note of the shop. */
    private static Letter fullest(Locale locale) throws IOException {
        return fullest(locale, "Unser Kundenservice ist montags bis freitags von 8 bis 18 Uhr für Sie da. Sie erreichen "
                + "uns auch per Chat auf unserer Website; bitte halten Sie Ihre Kundennummer bereit.");
    }

    private static Letter fullest(Locale locale, String freeText) throws IOException {
        Letter.Sender plain = Letters.nordlicht();
        Letter.Sender sender = new Letter.Sender(plain.name(), plain.street(), plain.postalCode(), plain.city(),
                plain.country(), plain.senderLine(), plain.contactPerson(), plain.phone(), plain.email(),
                plain.signature(), logo(), plain.iban(), plain.bic());
        Letter.Recipient recipient = new Letter.Recipient("Jürgen-Björn Weißenfels-Großkopf von Überlingen-Äschach GmbH",
                "Königsallee 127, Hinterhaus, 3. OG links", "1010", "Wien", "AT", "ÖSTERREICH", "K-Ölmühle-0001",
                "juergen@example.org", true);
        Item item = new Item("R-2026-0815", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 2), Money.eur("1234.56"),
                Money.eur("1234.56"), Money.eur("21.37"),
                "Gesetzliche Verzugszinsen (9 Prozentpunkte über dem Basiszinssatz, § 288 Abs. 2 BGB) auf 1.234,56 € "
                        + "vom 17.03.2026 bis 20.04.2026, Zinssatz 10,27 % pro Jahr.",
                Money.eur("2.40"), Money.eur("40.00"), Money.zeroEur(), Money.eur("100.00"), Money.eur("1198.33"), "RF18");
        return new Letter(java.util.UUID.randomUUID(), locale, "FIRM", "FINAL", 3, "Letzte Mahnung", sender, recipient,
                LocalDate.of(2026, 4, 21), LocalDate.of(2026, 5, 4), List.of(item), item.outstanding(),
                "RF18 5390 0754 7034", Letters.single(Letters.erika()).qrPayload(), freeText, true, true);
    }

    @Test
    void aNoticeForOneClaimFitsOnePageWithEverythingItCanHold() throws IOException {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            List<String> pages = pages(fullest(locale));
            assertThat(pages).as("pages of the fullest one-claim notice in " + locale).hasSize(1);
        }
        // the longest note a shop may add (600 characters) still leaves it on one page, set a point smaller
        String longest = "Bitte beachten Sie unsere geänderten Öffnungszeiten. ".repeat(12).substring(0, 600);
        assertThat(pages(fullest(Locale.GERMAN, longest))).hasSize(1);
        assertThat(pages(fullest(Locale.GERMAN)).get(0)).contains("Verzugspauschale").contains("40,00 €")
                .contains("Inkassodienstleister").contains("Mit freundlichen Grüßen").contains("Ihr Nordlicht-Team");
    }

    @Test
    void aLongCombinedLetterBreaksBetweenRowsAndKeepsTheClosingWithItsParagraph() throws IOException {
        Letter three = Letters.combined(Letters.erika());
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            items.add(Letters.item("R-2026-%04d".formatted(i), "119.00", "0.10", "1.50"));
        }
        Money total = items.stream().map(Item::outstanding).reduce(Money.zeroEur(), Money::plus);
        Letter letter = new Letter(three.combinedId(), three.locale(), three.tone(), three.kind(), three.level(),
                three.levelName(), three.sender(), three.recipient(), three.date(), three.payBy(), items, total,
                three.remittance(), three.qrPayload(), three.freeText(), true, true);

        List<String> pages = pages(letter);
        assertThat(pages.size()).isGreaterThan(1);
        for (Item item : items) {
            String why = "Rechnung " + item.invoiceNumber() + " vom 16.02.2026";
            // a row's label and its explanation are never torn apart by a page break
            assertThat(pages).as(item.invoiceNumber()).anyMatch(p -> p.contains("Rechnungsbetrag (Hauptforderung) " + why));
        }
        String last = pages.get(pages.size() - 1);
        assertThat(last).contains("Mit freundlichen Grüßen").contains("Ihr Nordlicht-Team")
                .contains("Haben Sie Fragen zu dieser Forderung");
        // every page after the first goes on with the table's head, so the columns stay readable
        for (String page : pages.subList(1, pages.size())) {
            if (page.contains("R-2026-")) {
                assertThat(page).contains("Position");
            }
        }
    }
}
