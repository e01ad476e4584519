package de.kulant.platform.security;

import de.kulant.platform.ApiKeyVerifier.VerifiedApiKey;
import de.kulant.platform.Role;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated creditor API key. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final VerifiedApiKey key;

    ApiKeyAuthentication(VerifiedApiKey key) {
        super(List.of(new SimpleGrantedAuthority(Role.CREDITOR.authority())));
        this.key = key;
        setAuthenticated(true);
    }

    VerifiedApiKey key() {
        return key;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return key;
    }

    @Override
    public String getName() {
        return "creditor:" + key.creditorId();
    }
}
