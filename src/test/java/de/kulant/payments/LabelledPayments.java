package de.kulant.payments;

import de.kulant.platform.CreditorReference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A labelled synthetic set: debtors with open claims, and payments as real payers make them, each labelled with
 * the claims it truly pays (none for money that is not for any claim). The noise follows what banks deliver:
 * references with spaces or a mistyped digit, invoice numbers without prefix or dashes, several invoices in one
 * line, only a name, wrong amounts, and payers who give nothing usable at all.
 */
public final class LabelledPayments {

    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah", "Ilse",
            "Jonas", "Karl", "Lena", "Marie", "Noah", "Olga", "Paul", "Quirin", "Rosa", "Sophie", "Tim", "Ute", "Volker",
            "Wiebke", "Xaver", "Yvonne", "Zoe", "Jürgen", "Björn", "Sören", "Gülsen", "Ömer", "Renée"};
    private static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause",
            "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber",
            "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel",
            "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann"};
    /** Payers of money that is not for any claim: names no debtor of the set has. */
    private static final String[] STRANGERS = {"Abendroth", "Bleibtreu", "Czerny", "Dreesen", "Eichhorn", "Fleischhauer",
            "Gottschalk", "Heinemann", "Iffland", "Jablonski", "Kowalczyk", "Liebknecht", "Mittermeier", "Nussbaum"};
    private static final String[] PRICES = {"19.99", "24.90", "29.90", "39.95", "49.90", "59.00", "79.99", "99.00",
            "119.00", "149.90", "199.00", "249.00"};

    /** A claim of the set; {@code reference} is its claim reference number (the body of its RF reference). */
    public record Claim(int index, int debtor, String invoiceNumber, long reference, BigDecimal amount) {
    }

    public record Debtor(int index, String name, String iban, boolean ibanKnown) {
    }

    /** A payment and what it truly pays: claim indexes, empty for money that belongs to no claim. */
    public record Payment(int index, BigDecimal amount, String payerName, String payerIban, String remittance,
                          String structuredReference, String kind, Set<Integer> truth) {
    }

    public record Dataset(List<Debtor> debtors, List<Claim> claims, List<Payment> payments) {
    }

    private LabelledPayments() {
    }

    /**
     * @param payments how many payments; the set has about 1.4 claims per payment, and some debtors with two claims
     * @param firstReference the reference number of the first claim (claims are numbered consecutively)
     */
    public static Dataset generate(long seed, int payments, long firstReference) {
        Random random = new Random(seed);
        int debtorCount = payments;
        List<Debtor> debtors = new ArrayList<>(debtorCount);
        List<Claim> claims = new ArrayList<>();
        List<List<Integer>> claimsOf = new ArrayList<>();
        for (int d = 0; d < debtorCount; d++) {
            // a third of the names from a small pool of common ones, the rest from a long tail, as in real life
            String name = random.nextInt(3) == 0 ? FIRST[random.nextInt(FIRST.length)] + " "
                    + LAST[random.nextInt(LAST.length)] : randomName(random);
            debtors.add(new Debtor(d, name, BankFiles.iban(5_000_000_000L + d), random.nextInt(5) == 0));
            List<Integer> own = new ArrayList<>();
            int count = random.nextInt(10) < 6 ? 1 : 2;
            for (int k = 0; k < count; k++) {
                int index = claims.size();
                BigDecimal amount = new BigDecimal(PRICES[random.nextInt(PRICES.length)]);
                if (random.nextBoolean()) {
                    amount = amount.add(new BigDecimal(random.nextInt(3000)).movePointLeft(2));
                }
                claims.add(new Claim(index, d, String.format("RE-2026-%06d", 100_000 + index), firstReference + index, amount));
                own.add(index);
            }
            claimsOf.add(own);
        }
        List<Payment> result = new ArrayList<>(payments);
        for (int p = 0; p < payments; p++) {
            Debtor debtor = debtors.get(p);
            List<Integer> own = claimsOf.get(p);
            Claim claim = claims.get(own.get(0));
            int roll = random.nextInt(1000);
            String payer = random.nextInt(4) == 0 ? lastFirst(debtor.name()) : debtor.name();
            if (random.nextInt(3) == 0) {
                payer = payer.toUpperCase(Locale.GERMAN);
            }
            String rf = CreditorReference.of(claim.reference()).value();
            if (roll < 330) {
                result.add(new Payment(p, claim.amount(), payer, debtor.iban(), "Rechnung", rf, "rf-structured",
                        Set.of(claim.index())));
            } else if (roll < 430) {
                result.add(new Payment(p, claim.amount(), payer, debtor.iban(), "Zahlung " + CreditorReference.of(claim.reference())
                        .printed() + " danke", null, "rf-in-text", Set.of(claim.index())));
            } else if (roll < 580) {
                result.add(new Payment(p, claim.amount(), payer, debtor.iban(), noisyInvoice(claim.invoiceNumber(), random),
                        null, "invoice-noisy", Set.of(claim.index())));
            } else if (roll < 660) {
                String digits = claim.invoiceNumber().substring(3).replace("-", random.nextBoolean() ? " " : "");
                result.add(new Payment(p, claim.amount(), payer, debtor.iban(), "Rg " + digits, null, "invoice-no-prefix",
                        Set.of(claim.index())));
            } else if (roll < 740) {
                result.add(new Payment(p, claim.amount(), payer, debtor.iban(), "Rechnung " + typo(claim.invoiceNumber(), random),
                        null, "invoice-typo", Set.of(claim.index())));
            } else if (roll < 800 && own.size() == 2) {
                Claim second = claims.get(own.get(1));
                result.add(new Payment(p, claim.amount().add(second.amount()), payer, debtor.iban(),
                        claim.invoiceNumber() + ", " + second.invoiceNumber().substring(8), null, "several-invoices",
                        Set.of(claim.index(), second.index())));
            } else if (roll < 880) {
                boolean spouse = debtor.ibanKnown();
                String name = spouse ? "Familie " + LAST[random.nextInt(LAST.length)] : payer;
                result.add(new Payment(p, claim.amount(), name, debtor.iban(), random.nextBoolean() ? "Danke" : null, null,
                        spouse ? "known-iban" : "name-only", Set.of(claim.index())));
            } else if (roll < 930) {
                BigDecimal part = claim.amount().divide(new BigDecimal(2), 2, RoundingMode.DOWN);
                result.add(new Payment(p, part, payer, debtor.iban(), random.nextBoolean() ? "Teilzahlung " + rf : "Rate "
                        + claim.invoiceNumber(), null, "wrong-amount", Set.of(claim.index())));
            } else if (roll < 960) {
                result.add(new Payment(p, claim.amount().add(BigDecimal.ONE), "Schenker Logistik GmbH",
                        "DE02100100100006820101", "Zahlung", null, "no-clue", Set.of(claim.index())));
            } else {
                result.add(new Payment(p, new BigDecimal(PRICES[random.nextInt(PRICES.length)]),
                        FIRST[random.nextInt(FIRST.length)] + " " + STRANGERS[random.nextInt(STRANGERS.length)],
                        "DE02300209000106531065", "Kundennr " + (100_000 + random.nextInt(900_000)) + " Abo", null,
                        "not-for-a-claim", Set.of()));
            }
        }
        return new Dataset(debtors, claims, result);
    }

    private static final String[] STEM = {"Ber", "Hol", "Stein", "Wald", "Brück", "Lin", "Eich", "Ros", "Kirch", "Tal",
            "Mar", "Har", "Wies", "Bach", "Feld", "Sand", "Hag", "Mühl", "Dorn", "Fels", "Gras", "Rot", "Weiß", "Klee"};
    private static final String[] END = {"mann", "er", "ke", "hoff", "berg", "ner", "ling", "hausen", "dorf", "bach",
            "meier", "schmidt", "land", "wald", "stedt", "brink", "kamp", "rich", "lein", "ert"};

    /**
     * A debtor of the many claims around the set: first names from the same pool, surnames from a far larger one
     * (about 11,000 made of syllables), so that common names are common and most are not.
     */
    public static String randomName(Random random) {
        String second = random.nextBoolean() ? " " + FIRST[random.nextInt(FIRST.length)] : "";
        String last = random.nextInt(5) == 0 ? LAST[random.nextInt(LAST.length)]
                : STEM[random.nextInt(STEM.length)] + END[random.nextInt(END.length)].toLowerCase(Locale.GERMAN)
                + (random.nextBoolean() ? "" : "-" + STEM[random.nextInt(STEM.length)] + END[random.nextInt(END.length)]);
        return FIRST[random.nextInt(FIRST.length)] + second + " " + last;
    }

    private static String lastFirst(String name) {
        int space = name.lastIndexOf(' ');
        return name.substring(space + 1) + ", " + name.substring(0, space);
    }

    /** {@code RE-2026-100234} as payers type it: lower case, spaces for dashes, no dashes, words around it. */
    private static String noisyInvoice(String invoice, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "Rechnung " + invoice.toLowerCase(Locale.ROOT);
            case 1 -> "RG.NR. " + invoice.replace("-", " ");
            case 2 -> invoice.replace("-", "") + " Vielen Dank";
            case 3 -> "Ihre Rechnung Nr. " + invoice.replace("-", "/");
            default -> "Bestellung 4711 Rechnung " + invoice;
        };
    }

    /** One digit of the number replaced, dropped, doubled or swapped with its neighbour. */
    private static String typo(String invoice, Random random) {
        int at = 8 + random.nextInt(invoice.length() - 9);
        char[] c = invoice.toCharArray();
        return switch (random.nextInt(4)) {
            case 0 -> {
                c[at] = (char) ('0' + (c[at] - '0' + 1 + random.nextInt(9)) % 10);
                yield new String(c);
            }
            case 1 -> invoice.substring(0, at) + invoice.substring(at + 1);
            case 2 -> invoice.substring(0, at) + invoice.charAt(at) + invoice.substring(at);
            default -> {
                char t = c[at];
                c[at] = c[at + 1];
                c[at + 1] = t;
                yield new String(c);
            }
        };
    }
}
