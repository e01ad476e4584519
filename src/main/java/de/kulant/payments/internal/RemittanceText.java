package de.kulant.payments.internal;

import de.kulant.claims.MatchKeys;
import de.kulant.platform.CreditorReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a payer's remittance text can tell: RF references (checked, or with a typo that the check digits
 * can repair), words that may be invoice numbers, and digit runs that may be invoice numbers without their
 * prefix. Pure text work; the lookups happen elsewhere.
 */
final class RemittanceText {

    private static final Pattern RF_START = Pattern.compile("RF\\s?(\\d\\s?\\d)");
    private static final Pattern RF_ANYWHERE = Pattern.compile("RF\\s?\\d\\s?\\d(\\s?\\d{1,4})+");
    private static final Pattern RATE_BODY = Pattern.compile("(\\d{1,17})R\\d{2}");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,;:()\\[\\]{}\"'+*!?|<>=]+");
    private static final int MAX_KEYS = 60;

    /** Claim reference numbers from valid RF references, in the order they appear. */
    final List<Long> references = new ArrayList<>();
    /** Reference numbers that an RF with a broken check would have if one digit were mistyped. */
    final Set<Long> repairedReferences = new LinkedHashSet<>();
    /** Candidate invoice keys (words and runs of up to three words, separators removed), in order of appearance. */
    final List<String> keys = new ArrayList<>();
    /** The same as digits only, without leading zeros, for invoice numbers given without their prefix. */
    final List<String> digits = new ArrayList<>();
    /** Whether the text holds any digit at all; a text without is likely just a name. */
    final boolean hasDigits;

    private RemittanceText(String text) {
        String upper = text == null ? "" : text.toUpperCase(Locale.ROOT);
        hasDigits = upper.chars().anyMatch(Character::isDigit);
        findReferences(upper);
        findKeys(upper);
    }

    static RemittanceText of(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank() && !part.equalsIgnoreCase("NOTPROVIDED")) {
                text.append(text.length() == 0 ? "" : " ").append(part);
            }
        }
        return new RemittanceText(text.toString());
    }

    private void findReferences(String upper) {
        Matcher m = RF_START.matcher(upper);
        while (m.find()) {
            String check = m.group(1).replace(" ", "");
            StringBuilder body = new StringBuilder();
            int i = m.end();
            // the body: up to 21 letters or digits, possibly grouped by single spaces as printed on letters
            while (i < upper.length() && body.length() < 21) {
                char c = upper.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    body.append(c);
                } else if (!(c == ' ' && i + 1 < upper.length() && Character.isLetterOrDigit(upper.charAt(i + 1))
                        && upper.charAt(i - 1) != ' ')) {
                    break;
                }
                i++;
            }
            String digitsOnly = leadingDigits(body.toString());
            boolean found = false;
            // a rate of an instalment plan: the claim's reference number, "R" and the rate's number
            Matcher rate = RATE_BODY.matcher(body);
            if (rate.lookingAt() && CreditorReference.isValid("RF" + check + rate.group())) {
                references.add(Long.parseLong(rate.group(1)));
                found = true;
            }
            // the longest prefix of the body that checks is the reference; text may follow it without a gap
            for (int length = digitsOnly.length(); length >= 1 && !found; length--) {
                String candidate = digitsOnly.substring(0, length);
                if (length <= 18 && CreditorReference.isValid("RF" + check + candidate)) {
                    references.add(Long.parseLong(candidate));
                    found = true;
                }
            }
            if (!found && digitsOnly.length() >= 4 && digitsOnly.length() <= 17) {
                for (String variant : Typos.of(digitsOnly)) {
                    if (!variant.isEmpty() && variant.charAt(0) != '0' && CreditorReference.isValid("RF" + check + variant)) {
                        repairedReferences.add(Long.parseLong(variant));
                    }
                }
            }
        }
    }

    private static String leadingDigits(String body) {
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return body.substring(0, end);
    }

    private void findKeys(String upper) {
        String[] words = WORD_SPLIT.split(RF_ANYWHERE.matcher(upper).replaceAll(" "));
        Set<String> seenKeys = new LinkedHashSet<>();
        Set<String> seenDigits = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 3); j++) {
                String key = MatchKeys.invoiceKey(words[j]);
                if (key.isEmpty()) {
                    break;
                }
                run.append(key);
                if (run.length() >= 3 && run.length() <= 50 && run.chars().anyMatch(Character::isDigit)) {
                    seenKeys.add(run.toString());
                    String d = MatchKeys.invoiceDigits(run.toString());
                    if (d != null) {
                        seenDigits.add(d);
                    }
                }
            }
            if (seenKeys.size() >= MAX_KEYS) {
                break;
            }
        }
        keys.addAll(seenKeys);
        digits.addAll(seenDigits);
    }

    /** The position of a key in the text, to keep the payer's order when several invoices are named. */
    int order(String invoiceKey) {
        int at = keys.indexOf(invoiceKey);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
