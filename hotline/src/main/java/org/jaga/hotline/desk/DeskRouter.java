package org.jaga.hotline.desk;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import java.util.Optional;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;

/**
 * Chooses the desk for a person: by declared nationality, else by the country of their phone
 * number (WhatsApp), else by their language, else the general desk.
 */
public final class DeskRouter {
    /** The conversation fact holding the declared nationality (ISO 3166 alpha-2). */
    public static final String FACT_NATIONALITY = "nationality";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private final Desks desks;

    public DeskRouter(Desks desks) {
        this.desks = desks;
    }

    /** @param conversation empty when the conversation is gone; the chat and language still route */
    public Desk route(ChatRef chat, String language, Optional<Conversation> conversation) {
        return conversation
                .flatMap(c -> c.fact(FACT_NATIONALITY))
                .map(n -> n.trim().toUpperCase(Locale.ROOT))
                .flatMap(this::byNationality)
                .or(() -> phoneCountry(chat).flatMap(this::byNationality))
                .or(() -> byLanguage(language))
                .orElse(desks.general());
    }

    private Optional<Desk> byNationality(String country) {
        return desks.all().stream()
                .filter(d -> !d.general() && d.serves(country))
                .findFirst();
    }

    private Optional<Desk> byLanguage(String language) {
        return desks.all().stream()
                .filter(d -> !d.general() && d.languages().contains(language))
                .findFirst();
    }

    /** @return the region of the phone number a WhatsApp chat is named by */
    static Optional<String> phoneCountry(ChatRef chat) {
        if (chat.channel() != Channel.WHATSAPP || !chat.platformUserId().matches("\\d{6,15}")) {
            return Optional.empty();
        }
        try {
            String region = PHONES.getRegionCodeForNumber(PHONES.parse("+" + chat.platformUserId(), "ZZ"));
            return region == null || "ZZ".equals(region) || "001".equals(region)
                    ? Optional.empty()
                    : Optional.of(region);
        } catch (NumberParseException notAPhoneNumber) {
            return Optional.empty();
        }
    }
}
