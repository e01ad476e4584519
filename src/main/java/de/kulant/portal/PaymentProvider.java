package de.kulant.portal;

import de.kulant.platform.money.Money;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A card or wallet payment provider the portal hands a debtor to. A provider starts a checkout on its own pages and
 * later tells the outcome by a signed webhook; only the webhook books money, never the debtor's return to the portal.
 * A real provider is one more bean of this type; the portal does not change.
 */
public interface PaymentProvider {

    /** The name in the webhook's address and on the payment record, e.g. {@code sandbox}. */
    String name();

    /** The label on the portal's button, in German and English. */
    String label(boolean english);

    /** Starts a checkout for {@code amount}; the debtor is sent to {@link Checkout#redirectUrl()}. */
    Checkout start(CheckoutRequest request);

    /** The outcome the webhook reports, when its signature is the provider's; empty for anything else. */
    Optional<Notification> read(Map<String, String> headers, byte[] body);

    /** What the portal asks to be paid, and where the debtor comes back to. */
    record CheckoutRequest(UUID paymentId, Money amount, String description, String returnUrl) {
    }

    /** The provider's own reference of the checkout and the page the debtor pays on. */
    record Checkout(String providerReference, String redirectUrl) {
    }

    /** A webhook's news: the checkout it is about and how it ended. */
    record Notification(String providerReference, Outcome outcome) {
    }

    enum Outcome { SUCCEEDED, FAILED }
}
