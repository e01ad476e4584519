package de.kulant.claims.demo;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimHolds;
import de.kulant.claims.ClaimIntake;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimRequest;
import de.kulant.claims.ClaimRequest.AddressRequest;
import de.kulant.claims.ClaimRequest.DebtorRequest;
import de.kulant.claims.ClaimView;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.creditors.NewCreditor;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.DemoSeed;
import de.kulant.platform.PageRequest;
import de.kulant.platform.PostalAddress;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty installation ({@code kulant.demo.seed}, by default only on the embedded H2):
 * two demo shops with a few hundred realistic claims, some paid, some on hold, so the UI is not empty.
 */
@Component
@Order(10)
@Conditional(DemoSeed.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor DEMO = new Actor(Actor.Kind.SYSTEM, "demo-data");

    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah", "Jonas",
            "Julia", "Karl", "Lea", "Lukas", "Marie", "Max", "Mia", "Noah", "Paul", "Sophie", "Tim", "Ursula", "Yvonne",
            "Jürgen", "Sören", "Käthe", "Björn", "Özlem", "Dörte", "Ömer", "Zoé"};
    private static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Yılmaz",
            "Kowalski", "Nguyen", "Weiß", "Groß"};
    private static final String[] COMPANIES = {"Friseursalon Schnittpunkt", "Café Morgenrot", "Tischlerei Holzwurm",
            "Blumenhaus Flora", "Praxis am Markt", "Buchhandlung Seitenweise", "Fahrradladen Speiche",
            "Weinkontor Rebe"};
    private static final String[] STREETS = {"Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße",
            "Dorfstraße", "Bergstraße", "Birkenweg", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße",
            "Mühlenweg", "Am Sportplatz", "Goethestraße", "Schillerstraße"};
    private static final String[][] CITIES = {{"10115", "Berlin"}, {"20095", "Hamburg"}, {"80331", "München"},
            {"50667", "Köln"}, {"60311", "Frankfurt am Main"}, {"70173", "Stuttgart"}, {"40213", "Düsseldorf"},
            {"04109", "Leipzig"}, {"44135", "Dortmund"}, {"45127", "Essen"}, {"28195", "Bremen"},
            {"01067", "Dresden"}, {"30159", "Hannover"}, {"90402", "Nürnberg"}, {"47051", "Duisburg"},
            {"24103", "Kiel"}, {"99084", "Erfurt"}, {"66111", "Saarbrücken"}, {"55116", "Mainz"},
            {"18055", "Rostock"}, {"93047", "Regensburg"}, {"79098", "Freiburg im Breisgau"}};

    private final Creditors creditors;
    private final ClaimIntake intake;
    private final ClaimAccounting accounting;
    private final ClaimHolds holds;
    private final ClaimQueries queries;
    private final Clock clock;

    DemoData(Creditors creditors, ClaimIntake intake, ClaimAccounting accounting, ClaimHolds holds,
             ClaimQueries queries, Clock clock) {
        this.creditors = creditors;
        this.intake = intake;
        this.accounting = accounting;
        this.holds = holds;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (creditors.list(PageRequest.of(0, 1)).total() > 0) {
            return;
        }
        LocalDate today = BusinessDates.today(clock);
        Random random = new Random(4711);
        Creditor shop = creditors.create(new NewCreditor("Nordlicht Naturkosmetik GmbH", "buchhaltung@nordlicht.example",
                new PostalAddress("Große Elbstraße 145", "22767", "Hamburg", "DE"), "DE89370400440532013000", null,
                null, false, true), DEMO);
        Creditor outdoor = creditors.create(new NewCreditor("Bergwerk Outdoor GmbH", "rechnung@bergwerk.example",
                new PostalAddress("Tegernseer Landstraße 64", "81541", "München", "DE"), "DE02120300000000202051",
                "BYLADEM1001", null, true, true), DEMO);
        intake.createBatch(shop.id(), claims("NL", 220, today, random), DEMO);
        intake.createBatch(outdoor.id(), claims("BW", 90, today, random), DEMO);
        for (Creditor creditor : List.of(shop, outdoor)) {
            List<ClaimView> open = queries.first(ClaimFilter.forCreditor(creditor.id()), 500, today);
            for (ClaimView claim : open) {
                double roll = random.nextDouble();
                LocalDate paidOn = claim.invoiceDate().plusDays(5 + random.nextInt(30));
                if (paidOn.isAfter(today)) {
                    continue;
                }
                if (roll < 0.35) {
                    accounting.recordPayment(creditor.id(), claim.id(), claim.amount(), paidOn,
                            "Rechnung " + claim.invoiceNumber(), DEMO);
                } else if (roll < 0.45) {
                    Money part = Money.eur(claim.amount().amount()
                            .divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN));
                    accounting.recordPayment(creditor.id(), claim.id(), part, paidOn,
                            claim.invoiceNumber() + " Teilzahlung", DEMO);
                } else if (roll < 0.50) {
                    holds.place(creditor.id(), claim.id(), "DISPUTE", "Kunde meldet Reklamation: Ware beschädigt",
                            null, DEMO);
                } else if (roll < 0.52) {
                    accounting.creditNote(creditor.id(), claim.id(), claim.amount(), paidOn, "Retoure vollständig", DEMO);
                }
            }
        }
        var key = creditors.issueApiKey(shop.id(), DEMO);
        log.info("Demo data: 2 creditors and 310 claims created. API key of '{}' for trying the API: {}",
                shop.name(), key.key());
    }

    private static List<ClaimRequest> claims(String prefix, int count, LocalDate today, Random random) {
        List<ClaimRequest> claims = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            LocalDate invoiceDate = today.minusDays(random.nextInt(120));
            boolean business = random.nextInt(10) == 0;
            String name = business ? COMPANIES[random.nextInt(COMPANIES.length)] + " " + LAST[random.nextInt(LAST.length)]
                    : FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            // The same name is the same customer, at the same address: repeat buyers, as in a real shop.
            Random person = new Random(name.hashCode());
            String[] city = CITIES[person.nextInt(CITIES.length)];
            String street = STREETS[person.nextInt(STREETS.length)] + " " + (1 + person.nextInt(120));
            String phone = person.nextInt(3) == 0 ? "+49 30 " + (1_000_000 + person.nextInt(8_999_999)) : null;
            int customer = 10_000 + Math.floorMod(name.hashCode(), 90_000);
            BigDecimal amount = BigDecimal.valueOf(990 + random.nextInt(business ? 150_000 : 25_000), 2);
            String email = emailOf(name);
            claims.add(new ClaimRequest(prefix + "-" + invoiceDate.getYear() + "-" + String.format("%05d", i),
                    invoiceDate.toString(), invoiceDate.plusDays(14).toString(), amount.toPlainString(), "EUR",
                    random.nextBoolean(), false,
                    new DebtorRequest(business ? "BUSINESS" : "CONSUMER", prefix + "-K" + customer, name, email, phone,
                            new AddressRequest(street, city[0], city[1], "DE"),
                            random.nextInt(8) == 0 ? "STAMMKUNDE" : null)));
        }
        return claims;
    }

    /** erika.mustermann@example.org for "Erika Mustermann", Jürgen Weiß as juergen.weiss. */
    static String emailOf(String name) {
        String plain = name.toLowerCase(java.util.Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss").replaceAll("[^a-z]+", ".").replaceAll("^\\.+|\\.+$", "");
        return plain + "@example.org";
    }
}
