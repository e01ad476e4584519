package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One-time codes as an authenticator app computes them: the test vectors of RFC 6238 appendix B (SHA-1). */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static String rfcCode(long epochSecond) {
        return Totp.truncated(Totp.hmac(RFC_SECRET, Totp.step(Instant.ofEpochSecond(epochSecond))), 8);
    }

    @Test
    void theCodesOfRfc6238AppendixB() {
        assertThat(rfcCode(59)).isEqualTo("94287082");
        assertThat(rfcCode(1_111_111_109)).isEqualTo("07081804");
        assertThat(rfcCode(1_111_111_111)).isEqualTo("14050471");
        assertThat(rfcCode(1_234_567_890)).isEqualTo("89005924");
        assertThat(rfcCode(2_000_000_000)).isEqualTo("69279037");
        assertThat(rfcCode(20_000_000_000L)).isEqualTo("65353130");
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_SECRET);
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.decode(secret)).hasSize(20);
    }

    @Test
    void aTypedCodeMatchesItsStepOrOneEitherSideButNoOther() {
        String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        assertThat(Totp.code(secret, step)).isEqualTo("005924");
        assertThat(Totp.matchingStep(secret, "005 924", now)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
    }

    @Test
    void theAddressAnAppReads() {
        assertThat(Totp.otpauthUri("Kulant", "anna@shop.example", "ABC"))
                .isEqualTo("otpauth://totp/Kulant:anna%40shop.example?secret=ABC&issuer=Kulant&algorithm=SHA1"
                        + "&digits=6&period=30");
    }
}
