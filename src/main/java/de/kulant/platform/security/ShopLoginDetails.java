package de.kulant.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What a shop sign-in carries beside address and password: the code of the authenticator app, when given. */
final class ShopLoginDetails extends WebAuthenticationDetails {

    private final String code;

    ShopLoginDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
    }

    String code() {
        return code;
    }
}
