package de.kulant.reporting.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may point: an https URL whose host is a public address, so that no shop can make Kulant call
 * into its own network (server-side request forgery). {@code http://localhost} only where it is switched on for
 * trying out and tests. Checked when the endpoint is saved and again before every attempt (the name may move).
 */
public final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Why {@code url} may not be used, as a violation code, or empty when it may. */
    public static Optional<String> refusal(String url, boolean allowLocalhost) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("webhookUrlInvalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            return Optional.of("webhookUrlInvalid");
        }
        boolean localhost = isLocalhostName(host);
        if (localhost && allowLocalhost) {
            return scheme.equals("http") || scheme.equals("https") ? Optional.empty() : Optional.of("webhookUrlNotHttps");
        }
        if (!scheme.equals("https")) {
            return Optional.of("webhookUrlNotHttps");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("webhookUrlUnknownHost");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("webhookUrlPrivate");
            }
        }
        return Optional.empty();
    }

    private static boolean isLocalhostName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
    }

    /** Not loopback, private (RFC 1918, fc00::/7), link-local, shared (100.64/10), any, multicast or documentation. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18));
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc;
        }
        return false;
    }
}
