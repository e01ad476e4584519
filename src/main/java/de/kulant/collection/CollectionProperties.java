package de.kulant.collection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.collection.*}: the agency that signs collection letters (name, address, register entry, supervisory
 * authority and privacy contact, as §13a RDG and Art. 14 GDPR require them), the days the first letter gives to pay,
 * the public address of the debtor portal printed on letters, the agency's SEPA creditor identifier and the account
 * direct debits are collected to (its client-money account), and the tolerance within which a plan's rate counts as
 * paid (days late, cents short); and, optionally, the key portal access codes are derived from (Base64, 32 bytes or
 * more), so that it lives outside the database; without it the installation keeps its own key in the database; and how
 * many creditors one chunk of the collection run takes (the instances share a run's chunks).
 */
@ConfigurationProperties("kulant.collection")
public record CollectionProperties(@DefaultValue Agency agency, @DefaultValue("14") int firstLetterDays,
                                   @DefaultValue("http://localhost:8080/portal") String portalUrl,
                                   @DefaultValue("DE98ZZZ09999999999") String creditorIdentifier,
                                   @DefaultValue("5") int rateToleranceDays,
                                   @DefaultValue("100") int rateToleranceCents,
                                   String portalCodeKey, @DefaultValue("20") int creditorsPerRunChunk) {

    public CollectionProperties {
        if (creditorsPerRunChunk < 1) {
            throw new IllegalArgumentException("kulant.collection.creditors-per-run-chunk must be at least 1");
        }
        if (portalCodeKey != null && !portalCodeKey.isBlank() && decodedLength(portalCodeKey) < 32) {
            throw new IllegalArgumentException("kulant.collection.portal-code-key must be at least 32 bytes, Base64");
        }
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

    private static int decodedLength(String base64) {
        try {
            return java.util.Base64.getDecoder().decode(base64.strip()).length;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
