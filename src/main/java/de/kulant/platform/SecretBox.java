package de.kulant.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Secrets Kulant must use again (a webhook's signing secret, a shop user's authenticator secret), stored encrypted with AES-256-GCM under a key that is not
 * in the database: {@code kulant.secret-key} ({@code KULANT_SECRET_KEY}, 32 bytes in Base64), else a key file made once
 * in the data directory. Several instances need the same configured key.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(@Value("${kulant.secret-key:}") String configured, @Value("${kulant.data-dir}") String dataDir) {
        byte[] bytes = configured.isBlank() ? keyFile(Path.of(dataDir, "secret.key")) : Base64.getDecoder()
                .decode(configured.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("kulant.secret-key must be 32 bytes in Base64, not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** A fresh random secret of 32 bytes as URL-safe Base64 with {@code prefix}, for handing out once. */
    public String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** Whether {@code stored} is a secret this box sealed (with any key), rather than a plain value. */
    public static boolean isSealed(String stored) {
        return stored.startsWith(VERSION);
    }

    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the secret cannot be opened with this key (kulant.secret-key changed?)", e);
        }
    }

    private byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                try {
                    Files.write(file, Base64.getEncoder().encode(fresh), java.nio.file.StandardOpenOption.CREATE_NEW,
                            java.nio.file.StandardOpenOption.WRITE);
                    restrict(file);
                    log.warn("Created the key for stored secrets in {}; set KULANT_SECRET_KEY when several instances run",
                            file.toAbsolutePath());
                } catch (FileAlreadyExistsException another) {
                    // another instance on the same data directory was first: use its key
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.warn("Could not restrict the permissions of {}", file);
        }
    }
}
