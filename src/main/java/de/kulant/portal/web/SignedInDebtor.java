package de.kulant.portal.web;

import de.kulant.portal.PortalProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards the signed-in pages of the portal: without a live debtor session they send the browser to the sign-in page
 * (saying when the session ran out), and hand controllers the {@link PortalSession}.
 */
@Component
class SignedInDebtor implements HandlerInterceptor, HandlerMethodArgumentResolver {

    static final String ATTRIBUTE = SignedInDebtor.class.getName();

    private final PortalProperties properties;
    private final Clock clock;

    SignedInDebtor(PortalProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        boolean signedIn = PortalSession.held(request);
        var session = PortalSession.current(request, clock.instant(), properties.inactivity());
        if (session.isEmpty()) {
            // a sign-in the session held a moment ago has run out
            response.sendRedirect(request.getContextPath() + "/portal" + (signedIn ? "?expired" : ""));
            return false;
        }
        request.setAttribute(ATTRIBUTE, session.get());
        return true;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(PortalSession.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        return request.getAttribute(ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
    }
}
