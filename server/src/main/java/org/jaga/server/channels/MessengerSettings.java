package org.jaga.server.channels;

import java.net.URI;
import org.jaga.channels.messenger.MessengerConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messenger, bound from {@code JAGA_MESSENGER_*}: {@code PAGE_ACCESS_TOKEN}, {@code APP_SECRET} and
 * {@code VERIFY_TOKEN} are all required once any is set; {@code API_URL}; {@code RATE}.
 */
@ConfigurationProperties("jaga.messenger")
public record MessengerSettings(
        @DefaultValue Page page,
        @DefaultValue App app,
        @DefaultValue Verify verify,
        @DefaultValue Api api,
        @DefaultValue("40") int rate) {

    public MessengerSettings {
        Required.value(page.access().token(), "JAGA_MESSENGER_PAGE_ACCESS_TOKEN", "Messenger");
        Required.value(app.secret(), "JAGA_MESSENGER_APP_SECRET", "Messenger");
        Required.value(verify.token(), "JAGA_MESSENGER_VERIFY_TOKEN", "Messenger");
        if (URI.create(api.url()).getHost() == null) {
            throw new IllegalArgumentException("JAGA_MESSENGER_API_URL must be an absolute URL");
        }
        if (rate < 1 || rate > 1000) {
            throw new IllegalArgumentException("JAGA_MESSENGER_RATE must be from 1 to 1000 messages per second");
        }
    }

    public record Page(@DefaultValue Access access) {}

    public record Access(@DefaultValue("") String token) {}

    public record App(@DefaultValue("") String secret) {}

    public record Verify(@DefaultValue("") String token) {}

    public record Api(@DefaultValue("https://graph.facebook.com/v23.0") String url) {}

    MessengerConfig config() {
        return new MessengerConfig(
                page.access().token().trim(), app.secret(), verify.token(), URI.create(api.url()), rate);
    }
}
