package de.kulant.payments.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/** Every digit string one typing mistake away: a digit left out, added, replaced, or two swapped. */
final class Typos {

    private Typos() {
    }

    /** Whether {@code a} and {@code b} differ by exactly one such mistake. */
    static boolean oneApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            // one replaced, or two neighbours swapped
            return a.substring(i + 1).equals(b.substring(i + 1)) || (i + 1 < la && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2)));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
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
