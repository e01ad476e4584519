package de.kulant.platform.web;

import de.kulant.platform.Actor;
import de.kulant.platform.ApiKeyVerifier.VerifiedApiKey;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorDirectory;
import de.kulant.platform.CreditorId;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.Role;
import de.kulant.platform.ShopUser;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves a {@link Caller} parameter: the API key's creditor, or for staff the creditor named by a
 * {@code {creditorId}} path variable (404 when it does not exist), or no creditor (all of them).
 */
final class CallerResolver implements HandlerMethodArgumentResolver {

    private final CreditorDirectory creditors;

    CallerResolver(CreditorDirectory creditors) {
        this.creditors = creditors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("not authenticated");
        }
        if (authentication.getPrincipal() instanceof VerifiedApiKey key) {
            return new Caller(new Actor(Actor.Kind.API_KEY, key.prefix()), Role.CREDITOR, Optional.of(key.creditorId()));
        }
        if (authentication.getPrincipal() instanceof ShopUser user) {
            return new Caller(Actor.shopUser(user.email()), Role.CREDITOR, Optional.of(user.creditorId()));
        }
        Role role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(Role.ADMIN.authority()::equals).findAny().map(a -> Role.ADMIN).orElse(Role.AGENT);
        return new Caller(Actor.staff(authentication.getName()), role, creditorFromPath(request));
    }

    @SuppressWarnings("unchecked")
    private Optional<CreditorId> creditorFromPath(NativeWebRequest request) {
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String value = variables == null ? null : variables.get("creditorId");
        if (value == null) {
            return Optional.empty();
        }
        CreditorId id;
        try {
            id = new CreditorId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("creditor");
        }
        if (!creditors.exists(id)) {
            throw new NotFoundException("creditor");
        }
        return Optional.of(id);
    }
}
