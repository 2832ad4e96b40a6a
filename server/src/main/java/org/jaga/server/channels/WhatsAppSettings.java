package org.jaga.server.channels;

import java.net.URI;
import java.util.Optional;
import org.jaga.channels.whatsapp.WhatsAppConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WhatsApp, bound from {@code JAGA_WHATSAPP_*}: {@code ACCESS_TOKEN}, {@code PHONE_NUMBER_ID},
 * {@code APP_SECRET} and {@code VERIFY_TOKEN} are all required once any is set; {@code API_URL};
 * {@code RATE} (messages per second). The template ({@code JAGA_WHATSAPP_TEMPLATE} and its
 * {@code _LANGUAGE}) is read beside, as a property cannot be both a value and a group.
 */
@ConfigurationProperties("jaga.whatsapp")
public record WhatsAppSettings(
        @DefaultValue Access access,
        @DefaultValue Phone phone,
        @DefaultValue App app,
        @DefaultValue Verify verify,
        @DefaultValue Api api,
        @DefaultValue("80") int rate) {

    public WhatsAppSettings {
        Required.value(access.token(), "JAGA_WHATSAPP_ACCESS_TOKEN", "WhatsApp");
        Required.value(phone.number().id(), "JAGA_WHATSAPP_PHONE_NUMBER_ID", "WhatsApp");
        Required.value(app.secret(), "JAGA_WHATSAPP_APP_SECRET", "WhatsApp");
        Required.value(verify.token(), "JAGA_WHATSAPP_VERIFY_TOKEN", "WhatsApp");
        if (URI.create(api.url()).getHost() == null) {
            throw new IllegalArgumentException("JAGA_WHATSAPP_API_URL must be an absolute URL");
        }
        if (rate < 1 || rate > 1000) {
            throw new IllegalArgumentException("JAGA_WHATSAPP_RATE must be from 1 to 1000 messages per second");
        }
    }

    public record Access(@DefaultValue("") String token) {}

    public record Phone(@DefaultValue Number number) {}

    public record Number(@DefaultValue("") String id) {}

    public record App(@DefaultValue("") String secret) {}

    public record Verify(@DefaultValue("") String token) {}

    public record Api(@DefaultValue("https://graph.facebook.com/v23.0") String url) {}

    WhatsAppConfig config(Optional<String> template, String templateLanguage) {
        return new WhatsAppConfig(
                access.token().trim(),
                phone.number().id().trim(),
                app.secret(),
                verify.token(),
                URI.create(api.url()),
                template,
                templateLanguage,
                rate);
    }
}
