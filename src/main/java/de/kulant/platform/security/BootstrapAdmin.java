package de.kulant.platform.security;

import de.kulant.platform.Role;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On first start with no staff user: creates the admin from KULANT_ADMIN_USER / KULANT_ADMIN_PASSWORD;
 * without a password, a random one is printed once to the log.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffUsers users;
    private final AdminProperties admin;

    BootstrapAdmin(StaffUsers users, AdminProperties admin) {
        this.users = users;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        try {
            if (admin.password() == null || admin.password().isBlank()) {
                String password = randomPassword();
                users.create(admin.user(), password, Role.ADMIN);
                log.warn("Created the first admin user '{}' with the generated password {} (shown only now; "
                        + "set KULANT_ADMIN_PASSWORD to choose one)", admin.user(), password);
            } else {
                users.create(admin.user(), admin.password(), Role.ADMIN);
                log.info("Created the first admin user '{}' from KULANT_ADMIN_USER / KULANT_ADMIN_PASSWORD", admin.user());
            }
        } catch (DuplicateKeyException startedTogether) {
            // instances started at the same moment on a new database: another one created the admin
            log.info("The first admin user '{}' was created by another instance", admin.user());
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
