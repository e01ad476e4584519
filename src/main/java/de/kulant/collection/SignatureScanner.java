package de.kulant.collection;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scanner of an installation that has no virus scanner of its own: it refuses files that carry the EICAR test
 * signature, so the hook can be tried end to end, and lets everything else pass. It is no protection against real
 * malware; operations plug a real scanner in as an {@link EvidenceScanner} bean (see docs/operations.md).
 */
final class SignatureScanner implements EvidenceScanner {

    private static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);

    @Override
    public String findingIn(String fileName, byte[] content) {
        return indexOf(content, EICAR) >= 0 ? "EICAR-Test-File" : null;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Configuration(proxyBeanMethods = false)
    static class Default {

        @Bean
        @ConditionalOnMissingBean(EvidenceScanner.class)
        EvidenceScanner signatureScanner() {
            return new SignatureScanner();
        }
    }
}
