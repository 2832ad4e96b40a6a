package org.jaga.core.message;

import java.time.Instant;
import java.util.Optional;
import org.jaga.core.Require;

/**
 * A message from a person, as every channel adapter maps it.
 *
 * @param platformMessageId the platform's id for this message; with the channel it is the key that
 *     drops redeliveries
 * @param text what the person wrote or the caption; empty when there was none
 * @param payload the payload of a button the person tapped
 * @param languageHint the language the person's app or page is set to, as a BCP-47 tag
 */
public record InboundMessage(
        ChatRef chat,
        String platformMessageId,
        String text,
        Optional<String> payload,
        Optional<GeoLocation> location,
        Optional<AttachmentKind> attachment,
        Optional<String> languageHint,
        Instant receivedAt) {

    public InboundMessage {
        Require.present(chat, "chat");
        Require.nonBlank(platformMessageId, "platformMessageId");
        text = text == null ? "" : text;
        payload = payload == null ? Optional.empty() : payload;
        location = location == null ? Optional.empty() : location;
        attachment = attachment == null ? Optional.empty() : attachment;
        languageHint = languageHint == null ? Optional.empty() : languageHint;
        Require.present(receivedAt, "receivedAt");
    }

    /** A plain text message. */
    public static InboundMessage text(ChatRef chat, String platformMessageId, String text, Instant receivedAt) {
        return new InboundMessage(
                chat,
                platformMessageId,
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                receivedAt);
    }

    /** @return the key that identifies this message across redeliveries */
    public String idempotencyKey() {
        return chat.channel().key() + ":" + platformMessageId;
    }
}
