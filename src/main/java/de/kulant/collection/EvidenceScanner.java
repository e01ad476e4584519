package de.kulant.collection;

/**
 * The hook a virus scanner plugs into: every file a debtor sends is scanned before it is stored. An installation with
 * a scanner (ClamAV, a cloud service) provides its own bean; without one, {@link SignatureScanner} refuses the test
 * signatures it knows.
 */
public interface EvidenceScanner {

    /** Why a file was refused; null when it is clean. */
    String findingIn(String fileName, byte[] content);
}
