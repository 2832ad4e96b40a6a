package org.jaga.channels.messenger;

import java.net.URI;
import org.jaga.core.Require;

/**
 * How to reach the Send API for one Page.
 *
 * @param apiUrl the Graph API base including its version, e.g. https://graph.facebook.com/v23.0
 */
public record MessengerConfig(
        String pageAccessToken, String appSecret, String verifyToken, URI apiUrl, int messagesPerSecond) {
    public MessengerConfig {
        Require.nonBlank(pageAccessToken, "pageAccessToken");
        Require.nonBlank(appSecret, "appSecret");
        Require.nonBlank(verifyToken, "verifyToken");
        Require.present(apiUrl, "apiUrl");
        if (messagesPerSecond < 1) {
            throw new IllegalArgumentException("messagesPerSecond must be at least 1");
        }
    }
}
