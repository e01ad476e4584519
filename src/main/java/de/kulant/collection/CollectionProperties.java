package de.kulant.collection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.collection.*}: the agency that signs collection letters (name, address, register entry, supervisory
 * authority and privacy contact, as §13a RDG and Art. 14 GDPR require them), the days the first letter gives to pay,
 * the public address of the debtor portal printed on letters, the agency's SEPA creditor identifier and the account
 * direct debits are collected to (its client-money account), and the tolerance within which a plan's rate counts as
 * paid (days late, cents short).
 */
@ConfigurationProperties("kulant.collection")
public record CollectionProperties(@DefaultValue Agency agency, @DefaultValue("14") int firstLetterDays,
                                   @DefaultValue("http://localhost:8080/portal") String portalUrl,
                                   @DefaultValue("DE98ZZZ09999999999") String creditorIdentifier,
                                   @DefaultValue("5") int rateToleranceDays,
                                   @DefaultValue("100") int rateToleranceCents) {

    public CollectionProperties {
        if (!de.kulant.platform.SepaCreditorIdentifier.isValid(creditorIdentifier)) {
            throw new IllegalArgumentException("kulant.collection.creditor-identifier '" + creditorIdentifier
                    + "' is not a valid SEPA creditor identifier");
        }
    }

    public record Agency(@DefaultValue("Kulant Forderungsmanagement") String name,
                         @DefaultValue("Hafenstraße 1") String street,
                         @DefaultValue("20457") String postalCode,
                         @DefaultValue("Hamburg") String city,
                         @DefaultValue("inkasso@kulant.invalid") String email,
                         String phone,
                         @DefaultValue("Rechtsdienstleistungsregister, Registrierung als Inkassodienstleister") String register,
                         @DefaultValue("Bundesamt für Justiz, Adenauerallee 99–103, 53113 Bonn") String supervisoryAuthority,
                         @DefaultValue("datenschutz@kulant.invalid") String privacyContact,
                         @DefaultValue("DE02120300000000202051") String iban,
                         String bic) {
    }
}
