package de.kulant.correspondence;

import java.io.Serializable;
import java.util.Map;

/**
 * How a creditor's letters look and sign: return line, contact, signature, logo (PNG), and a free text per
 * dunning level. The legally required content of a letter is not part of it and cannot be removed.
 */
public record Letterhead(String senderLine, String contactPerson, String phone, String email, String signature,
                         byte[] logoPng, Map<Integer, String> freeTexts) implements Serializable {

    public static Letterhead empty() {
        return new Letterhead(null, null, null, null, null, null, Map.of());
    }
}
