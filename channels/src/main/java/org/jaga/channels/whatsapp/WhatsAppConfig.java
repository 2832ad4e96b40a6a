package org.jaga.channels.whatsapp;

import java.net.URI;
import java.util.Optional;
import org.jaga.core.Require;

/**
 * How to reach the WhatsApp Cloud API for one business phone number.
 *
 * @param apiUrl the Graph API base including its version, e.g. https://graph.facebook.com/v23.0
 * @param template the approved template sent outside the 24-hour window; empty for none
 * @param messagesPerSecond the number's throughput (80 by default, up to 1,000 when upgraded)
 */
public record WhatsAppConfig(
        String accessToken,
        String phoneNumberId,
        String appSecret,
        String verifyToken,
        URI apiUrl,
        Optional<String> template,
        String templateLanguage,
        int messagesPerSecond) {
    public WhatsAppConfig {
        Require.nonBlank(accessToken, "accessToken");
        Require.nonBlank(phoneNumberId, "phoneNumberId");
        Require.nonBlank(appSecret, "appSecret");
        Require.nonBlank(verifyToken, "verifyToken");
        Require.present(apiUrl, "apiUrl");
        template = template == null ? Optional.empty() : template.filter(name -> !name.isBlank());
        Require.nonBlank(templateLanguage, "templateLanguage");
        if (messagesPerSecond < 1) {
            throw new IllegalArgumentException("messagesPerSecond must be at least 1");
        }
    }
}
