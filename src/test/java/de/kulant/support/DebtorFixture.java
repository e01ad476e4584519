package de.kulant.support;

import de.kulant.claims.ClaimRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** A debtor for a test, read like a sentence: {@code aConsumer("K-1").named("Erika Mustermann").withoutEmail()}. */
public final class DebtorFixture {

    private String kind = "CONSUMER";
    private final String customerNumber;
    private String name = "Erika Mustermann";
    private String email = "erika@example.org";
    private String phone = "+49 30 1234567";
    private String street = "Musterstraße 1";
    private String postalCode = "10115";
    private String city = "Berlin";
    private String country = "DE";
    private String customerTag;

    private DebtorFixture(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    /** A consumer in Berlin with an e-mail address. */
    public static DebtorFixture aConsumer(String customerNumber) {
        return new DebtorFixture(customerNumber);
    }

    /** A business (B2B: 9 points over the base rate, the flat fee of §288 Abs. 5 BGB). */
    public static DebtorFixture aBusiness(String customerNumber) {
        DebtorFixture debtor = new DebtorFixture(customerNumber);
        debtor.kind = "BUSINESS";
        debtor.name = "Muster GmbH";
        return debtor;
    }

    public DebtorFixture named(String debtorName) {
        this.name = debtorName;
        return this;
    }

    /** No e-mail address known: e-mails become letters. */
    public DebtorFixture withoutEmail() {
        this.email = null;
        return this;
    }

    public DebtorFixture email(String address) {
        this.email = address;
        return this;
    }

    /** The shop's own tag, e.g. STAMMKUNDE, that dunning segments can use. */
    public DebtorFixture tagged(String tag) {
        this.customerTag = tag;
        return this;
    }

    public DebtorFixture livingIn(String street, String postalCode, String city, String country) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
        return this;
    }

    /** As the API takes it. */
    public Map<String, Object> json() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", street);
        address.put("postalCode", postalCode);
        address.put("city", city);
        address.put("country", country);
        Map<String, Object> debtor = new LinkedHashMap<>();
        debtor.put("kind", kind);
        debtor.put("customerNumber", customerNumber);
        debtor.put("name", name);
        if (email != null) {
            debtor.put("email", email);
        }
        debtor.put("phone", phone);
        debtor.put("address", address);
        if (customerTag != null) {
            debtor.put("customerTag", customerTag);
        }
        return debtor;
    }

    /** As the claims module takes it. */
    public ClaimRequest.DebtorRequest request() {
        return new ClaimRequest.DebtorRequest(kind, customerNumber, name, email, phone,
                new ClaimRequest.AddressRequest(street, postalCode, city, country), customerTag);
    }
}
