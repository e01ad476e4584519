package de.kulant.correspondence;

import de.kulant.correspondence.Letter.Item;
import de.kulant.correspondence.Letter.Recipient;
import de.kulant.correspondence.Letter.Sender;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Letters for tests, in the words of the domain. */
public final class Letters {

    public static final String IBAN = "DE89370400440532013000";

    private Letters() {
    }

    public static Sender nordlicht() {
        return new Sender("Nordlicht Naturkosmetik GmbH", "Große Elbstraße 145", "22767", "Hamburg", "DE", null,
                "Jörg Weißmüller", "+49 40 1234567", "buchhaltung@nordlicht.example", "Ihr Nordlicht-Team", null, IBAN,
                "COBADEFFXXX");
    }

    public static Recipient erika() {
        return new Recipient("Erika Mustermann", "Musterstraße 1", "10115", "Berlin", "DE", null, "K-4711",
                "erika@example.org", false);
    }

    public static Item item(String invoice, String principal, String interest, String fees) {
        Money open = Money.eur(principal).plus(Money.eur(interest)).plus(Money.eur(fees));
        return new Item(invoice, LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 2), Money.eur(principal),
                Money.eur(principal), Money.eur(interest),
                "Gesetzliche Verzugszinsen (5 Prozentpunkte über dem Basiszinssatz, § 288 Abs. 1 BGB) auf 119,00 € "
                        + "vom 17.03.2026 bis 21.03.2026, Zinssatz 6,27 % pro Jahr.",
                Money.eur(fees), Money.zeroEur(), Money.zeroEur(), Money.zeroEur(), open,
                CreditorReference.of(100_042).value());
    }

    public static Letter single(Recipient recipient) {
        Item item = item("R-2026-0815", "119.00", "0.10", "1.50");
        CreditorReference reference = CreditorReference.of(100_042);
        return new Letter(UUID.randomUUID(), Locale.GERMAN, "NEUTRAL", "NOTICE", 2, "Mahnung", nordlicht(), recipient,
                LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 31), List.of(item), item.outstanding(),
                reference.printed(), EpcPayment.withReference("COBADEFFXXX", "Nordlicht Naturkosmetik GmbH", IBAN,
                item.outstanding(), reference).payload(), null, false, true);
    }

    public static Recipient jean() {
        return new Recipient("Jean Dupont", "12 rue de la Paix", "75002", "Paris", "FR", "FRANKREICH", "K-0815",
                "jean@example.fr", false);
    }

    public static Letter english(Recipient recipient) {
        Letter german = single(recipient);
        return new Letter(german.combinedId(), Locale.ENGLISH, german.tone(), german.kind(), german.level(),
                german.levelName(), german.sender(), recipient, german.date(), german.payBy(), german.items(),
                german.total(), german.remittance(), german.qrPayload(), null, false, true);
    }

    /** Three invoices of one debtor in one letter, paid with one transfer that names the invoices. */
    public static Letter combined(Recipient recipient) {
        List<Item> items = List.of(item("R-2026-0001", "119.00", "0.10", "1.50"),
                item("R-2026-0002", "49.90", "0.04", "1.50"), item("R-2026-0003", "1234.56", "1.06", "1.50"));
        Money total = items.stream().map(Item::outstanding).reduce(Money.zeroEur(), Money::plus);
        String remittance = "Rechnungen R-2026-0001, R-2026-0002, R-2026-0003";
        return new Letter(UUID.randomUUID(), Locale.GERMAN, "FIRM", "FINAL", 3, "Letzte Mahnung", nordlicht(), recipient,
                LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 13), items, total, remittance,
                EpcPayment.withText("COBADEFFXXX", "Nordlicht Naturkosmetik GmbH", IBAN, total, remittance).payload(),
                "Unser Kundenservice ist montags bis freitags von 8 bis 18 Uhr für Sie da.", true, true);
    }
}
