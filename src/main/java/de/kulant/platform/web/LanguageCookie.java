package de.kulant.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The UI language, German unless chosen otherwise, remembered in the cookie {@code kulant-lang}: SameSite=Lax,
 * HttpOnly, and Secure whenever the request came over HTTPS (directly or through a trusted proxy).
 */
final class LanguageCookie implements LocaleResolver {

    static final String NAME = "kulant-lang";
    private static final String CHOSEN = LanguageCookie.class.getName() + ".CHOSEN";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (NAME.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.GERMAN;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        request.setAttribute(CHOSEN, language);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, language.getLanguage()).path("/")
                .maxAge(Duration.ofDays(365)).httpOnly(true).secure(request.isSecure()).sameSite("Lax").build().toString());
    }
}
