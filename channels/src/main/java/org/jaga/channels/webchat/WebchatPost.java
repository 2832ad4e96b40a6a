package org.jaga.channels.webchat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundMessage;

/**
 * The body of {@code POST /channels/webchat/messages}.
 *
 * @param messageId chosen by the page and reused when it retries, so a retry is not a second message
 * @param payload the payload of a reply button the person tapped, instead of text
 * @param lang the language the page is shown in
 */
record WebchatPost(String conversationId, String messageId, String text, String payload, String lang) {
    static final int MAX_TEXT = 4_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,128}");
    private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9:_.-]{1,256}");
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,3}");

    /** @throws InvalidRequest naming the first thing wrong with the body */
    InboundMessage toInbound(Instant receivedAt) {
        if (conversationId == null || !ID.matcher(conversationId).matches()) {
            throw new InvalidRequest("conversationId must be 8 to 128 letters, digits, '-' or '_'");
        }
        if (messageId != null && !ID.matcher(messageId).matches()) {
            throw new InvalidRequest("messageId must be 8 to 128 letters, digits, '-' or '_'");
        }
        boolean hasText = text != null && !text.isBlank();
        if (hasText == (payload != null)) {
            throw new InvalidRequest("send either a non-empty text or a payload");
        }
        if (hasText && text.length() > MAX_TEXT) {
            throw new InvalidRequest("text must be at most " + MAX_TEXT + " characters");
        }
        if (payload != null && !PAYLOAD.matcher(payload).matches()) {
            throw new InvalidRequest("payload is not one the page was given");
        }
        if (lang != null && !LANG.matcher(lang).matches()) {
            throw new InvalidRequest("lang must be a BCP-47 language tag");
        }
        return new InboundMessage(
                new ChatRef(Channel.WEBCHAT, conversationId),
                messageId == null ? UUID.randomUUID().toString() : messageId,
                hasText ? text : "",
                Optional.ofNullable(payload),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(lang),
                receivedAt);
    }

    static boolean isConversationId(String value) {
        return value != null && ID.matcher(value).matches();
    }
}
