package de.kulant.platform.web;

import de.kulant.platform.ShopUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the staff UI needs in its header: who is logged in, their role, where they are. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    @ModelAttribute("currentUser")
    static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || "anonymousUser".equals(authentication.getName())
                || authentication.getPrincipal() instanceof ShopUser ? null : authentication.getName();
    }

    /** The signed-in user of a shop's own app, null elsewhere. */
    @ModelAttribute("shopUser")
    static ShopUser shopUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ShopUser user ? user : null;
    }

    @ModelAttribute("isAdmin")
    static boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
