package de.kulant.platform.security;

import de.kulant.platform.ShopSignIn;
import de.kulant.platform.ShopUser;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signs a shop's user in: the principal is the {@link ShopUser}, so that every request acts for their shop only. */
final class ShopAuthenticationProvider implements AuthenticationProvider {

    private final ShopSignIn signIn;

    ShopAuthenticationProvider(ShopSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        String code = authentication.getDetails() instanceof ShopLoginDetails details ? details.code() : null;
        ShopSignIn.Attempt attempt = signIn.signIn(authentication.getName(), password, code);
        return switch (attempt.outcome()) {
            case SIGNED_IN -> UsernamePasswordAuthenticationToken.authenticated(attempt.user(), null,
                    List.of(new SimpleGrantedAuthority(attempt.user().authority())));
            case CODE_NEEDED -> throw new CodeNeededException();
            case REFUSED -> throw new BadCredentialsException("Wrong e-mail address, password or code.");
        };
    }

    /** The password was right, but the user's authenticator code is still wanted; not a failed attempt. */
    static final class CodeNeededException extends AuthenticationException {

        CodeNeededException() {
            super("The code of the authenticator app is needed.");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
