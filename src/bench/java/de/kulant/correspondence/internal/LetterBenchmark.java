package de.kulant.correspondence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.BenchmarkReport;
import de.kulant.correspondence.EpcPayment;
import de.kulant.correspondence.Letter;
import de.kulant.correspondence.Letters;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 5: 10,000 letters (template, PDF/A, vector EPC QR code) on two threads, heap 512 MB. Floor: 100 letters/s,
 * memory flat. Baseline: the same pages without the QR code and the itemized table, rendered in the same run.
 */
class LetterBenchmark {

    private static final int LETTERS = 10_000;
    private static final int WARM_UP = 600;
    private static final int THREADS = 2;

    private final LetterTemplates templates = new LetterTemplates(messages());
    private final PdfLetters pdfs = new PdfLetters();

    /** Seconds, bytes written, and the used heap after the last collection (MB) at each tenth of the run. */
    private record Result(double seconds, long bytes, List<Long> retainedMb) {
        double perSecond() {
            return LETTERS / seconds;
        }
    }

    @Test
    void rendersTenThousandLettersAboveTheFloorWithFlatMemory() throws Exception {
        // as configured for the application: PDFBox's note per letter about an unused standard font is not wanted
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        List<Letter> letters = generate(LETTERS, 11);
        Function<Letter, String> full = templates::letter;
        Function<Letter, String> bare = letter -> withoutQrAndTable(templates.letter(letter));
        assertThat(bare.apply(letters.get(0))).doesNotContain("class=\"items\"").doesNotContain("class=\"qr\"");
        run(generate(WARM_UP, 3), full);
        run(generate(WARM_UP, 5), bare);

        Result baseline = run(letters, bare);
        Result kulant = run(letters, full);

        String report = String.format(
                "10,000 letters, 1 to 3 claims each, German and English, %d threads, -Xmx512m%n"
                        + "baseline (same page without QR code and table): %.2f s = %,.0f letters/s%n"
                        + "letters with QR code and table:                 %.2f s = %,.0f letters/s, %.1f KB per PDF%n"
                        + "time ratio letters / baseline: %.2fx%n"
                        + "heap after GC at each tenth (MB): %s%n"
                        + "floor 100 letters/s: %.2fx the floor",
                THREADS, baseline.seconds(), baseline.perSecond(), kulant.seconds(), kulant.perSecond(),
                kulant.bytes() / 1024.0 / LETTERS, kulant.seconds() / baseline.seconds(), kulant.retainedMb(),
                kulant.perSecond() / 100);
        BenchmarkReport.write("letters", report);
        assertThat(kulant.perSecond()).isGreaterThan(100);
        long early = kulant.retainedMb().get(1);
        assertThat(kulant.retainedMb().subList(1, kulant.retainedMb().size())).allMatch(mb -> mb < early + 64);
    }

    private Result run(List<Letter> letters, Function<Letter, String> xhtml) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<Long> retained = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < letters.size(); i = next.getAndIncrement()) {
                    bytes.addAndGet(pdfs.render(xhtml.apply(letters.get(i))).bytes().length);
                    if ((i + 1) % (letters.size() / 10) == 0) {
                        retained.add(retainedMb());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(seconds, bytes.get(), List.copyOf(retained));
    }

    private static long retainedMb() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used / (1024 * 1024);
    }

    /** The letter's XHTML without the itemized table and the QR code: the baseline page. */
    static String withoutQrAndTable(String xhtml) {
        return xhtml.replaceAll("(?s)<table class=\"items\">.*?</table>\\s*(?=<div class=\"pay\">)", "")
                .replaceAll("(?s)<div class=\"qr\">.*?</div>", "");
    }

    private static List<Letter> generate(int count, long seed) {
        Random random = new Random(seed);
        String[] first = {"Erika", "Jürgen", "Ayşe", "Björn", "Zoë", "Mateusz", "Anna-Lena", "Ömer"};
        String[] last = {"Mustermann", "Weißmüller", "Öztürk", "Schäfer-Großmann", "Nowak", "Dubois", "Kühn"};
        List<Letter> letters = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int claims = 1 + random.nextInt(3);
            List<Letter.Item> items = new ArrayList<>();
            for (int c = 0; c < claims; c++) {
                Money principal = Money.eurCents(990 + random.nextInt(200_000));
                Money interest = Money.eurCents(random.nextInt(400));
                Money fees = Money.eurCents(random.nextBoolean() ? 150 : 400);
                items.add(new Letter.Item("R-2026-" + (100_000 + n * 3 + c), LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 3, 2), principal, principal, interest,
                        "Gesetzliche Verzugszinsen (5 Prozentpunkte über dem Basiszinssatz, § 288 Abs. 1 BGB) auf "
                                + principal.toPlainString() + " € vom 17.03.2026 bis 21.03.2026, Zinssatz 6,27 % pro Jahr.",
                        fees, Money.zeroEur(), Money.zeroEur(), Money.zeroEur(), principal.plus(interest).plus(fees),
                        CreditorReference.of(100_000 + n * 3 + c).value()));
            }
            Money total = items.stream().map(Letter.Item::outstanding).reduce(Money.zeroEur(), Money::plus);
            boolean abroad = random.nextInt(10) == 0;
            Letter.Recipient recipient = new Letter.Recipient(first[random.nextInt(first.length)] + " "
                    + last[random.nextInt(last.length)], "Lindenstraße " + (1 + random.nextInt(120)),
                    String.format("%05d", 10_000 + random.nextInt(89_999)), abroad ? "Lyon" : "Berlin",
                    abroad ? "FR" : "DE", abroad ? "FRANKREICH" : null, "K-" + n, null, false);
            String remittance;
            String qr;
            if (claims == 1) {
                CreditorReference reference = new CreditorReference(items.get(0).paymentReference());
                remittance = reference.printed();
                qr = EpcPayment.withReference("COBADEFFXXX", "Nordlicht Naturkosmetik GmbH", Letters.IBAN, total,
                        reference).payload();
            } else {
                remittance = "Rechnungen " + String.join(", ", items.stream().map(Letter.Item::invoiceNumber).toList());
                qr = EpcPayment.withText("COBADEFFXXX", "Nordlicht Naturkosmetik GmbH", Letters.IBAN, total, remittance)
                        .payload();
            }
            int level = 1 + random.nextInt(3);
            letters.add(new Letter(UUID.randomUUID(), abroad ? Locale.ENGLISH : Locale.GERMAN,
                    List.of("FRIENDLY", "NEUTRAL", "FIRM").get(random.nextInt(3)),
                    level == 1 ? "REMINDER" : level == 2 ? "NOTICE" : "FINAL", level, "Mahnung", Letters.nordlicht(),
                    recipient, LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 31), items, total, remittance, qr, null,
                    level == 3, level > 1));
        }
        return letters;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("letters");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
