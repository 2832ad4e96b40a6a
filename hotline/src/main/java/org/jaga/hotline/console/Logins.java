package org.jaga.hotline.console;

import java.net.InetSocketAddress;
import java.util.Locale;
import org.springframework.web.reactive.function.server.ServerRequest;

/** How a login attempt is named for throttling: the account and the address it came from. */
final class Logins {
    private Logins() {}

    /** @return the username as accounts are named (lower case, bounded length) */
    static String username(String given) {
        String trimmed = given == null ? "" : given.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }

    /** @return the peer's address; forwarded headers are not trusted, as anyone can set them */
    static String address(ServerRequest request) {
        return request.remoteAddress()
                .map(InetSocketAddress::getAddress)
                .map(a -> a.getHostAddress())
                .orElse("unknown");
    }
}
