package de.kulant.platform.security;

import org.springframework.security.authentication.AccountStatusException;

/** Too many failed logins from one network address: it may try again after a short pause, with any name. */
final class AddressSlowedException extends AccountStatusException {

    AddressSlowedException(String message) {
        super(message);
    }
}
