package de.kulant.platform.security;

import de.kulant.platform.ShopSignIn;
import de.kulant.platform.ShopUser;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
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
        ShopUser user = signIn.authenticate(authentication.getName(), password)
                .orElseThrow(() -> new BadCredentialsException("Wrong e-mail address or password."));
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
