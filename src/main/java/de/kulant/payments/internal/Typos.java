package de.kulant.payments.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/** Every digit string one typing mistake away: a digit left out, added, replaced, or two swapped. */
final class Typos {

    private Typos() {
    }

    static Set<String> of(String digits) {
        Set<String> variants = new LinkedHashSet<>();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            variants.add(digits.substring(0, i) + digits.substring(i + 1));
            for (char d = '0'; d <= '9'; d++) {
                if (d != digits.charAt(i)) {
                    variants.add(digits.substring(0, i) + d + digits.substring(i + 1));
                }
            }
            if (i + 1 < n && digits.charAt(i) != digits.charAt(i + 1)) {
                variants.add(digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2));
            }
        }
        for (int i = 0; i <= n; i++) {
            for (char d = '0'; d <= '9'; d++) {
                variants.add(digits.substring(0, i) + d + digits.substring(i));
            }
        }
        variants.remove(digits);
        return variants;
    }
}
