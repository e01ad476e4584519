package de.kulant.platform.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager under a list paged by position: back to its top when it is not there, and on to the next page when
 * there is one. {@code param} names the list's position in the link, so that one page can hold several lists.
 */
public record ListLinks(String first, String next) {

    public static ListLinks of(UriComponentsBuilder list, String param, String current, String next) {
        return new ListLinks(current == null || current.isBlank() ? null : list.cloneBuilder().build().encode()
                .toUriString(), next == null ? null : list.cloneBuilder().queryParam(param, next).build().encode()
                .toUriString());
    }

    public boolean shown() {
        return first != null || next != null;
    }
}
