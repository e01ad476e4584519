package de.kulant.platform;

import java.util.Optional;

/** Port for the security filter: checks a presented API key. The creditors module implements it. */
public interface ApiKeyVerifier {

    Optional<VerifiedApiKey> verify(String presentedKey);

    /** A valid, unrevoked key: its id, its display prefix and the creditor it acts for. */
    record VerifiedApiKey(java.util.UUID keyId, String prefix, CreditorId creditorId) {
    }
}
