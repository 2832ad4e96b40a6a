package org.jaga.core.message;

import java.time.Instant;
import java.util.Optional;
import org.jaga.core.Require;

/**
 * Something a person did in their chat with Jaga, as every channel adapter maps it.
 *
 * @param platformMessageId unique per event on the channel: with the channel it is the key that
 *     drops redeliveries, so adapters give edits, deletions and reactions ids of their own (for
 *     example "edit:123:1700000000")
 * @param text what the person wrote or the caption; empty when there was none
 * @param payload the payload of a button the person tapped
 * @param languageHint the language the person's app or page is set to, as a BCP-47 tag
 * @param kind what happened; most events are {@link InboundKind#MESSAGE}
 * @param forwarded where the message was forwarded from, when it was
 * @param replyTo the platform id of the message this one answers or is about
 */
public record InboundMessage(
        ChatRef chat,
        String platformMessageId,
        String text,
        Optional<String> payload,
        Optional<GeoLocation> location,
        Optional<AttachmentKind> attachment,
        Optional<String> languageHint,
        Instant receivedAt,
        InboundKind kind,
        Optional<Forward> forwarded,
        Optional<String> replyTo) {

    public InboundMessage {
        Require.present(chat, "chat");
        Require.nonBlank(platformMessageId, "platformMessageId");
        text = text == null ? "" : text;
        payload = payload == null ? Optional.empty() : payload;
        location = location == null ? Optional.empty() : location;
        attachment = attachment == null ? Optional.empty() : attachment;
        languageHint = languageHint == null ? Optional.empty() : languageHint;
        Require.present(receivedAt, "receivedAt");
        kind = kind == null ? InboundKind.MESSAGE : kind;
        forwarded = forwarded == null ? Optional.empty() : forwarded;
        replyTo = replyTo == null ? Optional.empty() : replyTo;
    }

    /** A new message with the usual parts; kind, forward and reply are added with the withers. */
    public InboundMessage(
            ChatRef chat,
            String platformMessageId,
            String text,
            Optional<String> payload,
            Optional<GeoLocation> location,
            Optional<AttachmentKind> attachment,
            Optional<String> languageHint,
            Instant receivedAt) {
        this(
                chat,
                platformMessageId,
                text,
                payload,
                location,
                attachment,
                languageHint,
                receivedAt,
                InboundKind.MESSAGE,
                Optional.empty(),
                Optional.empty());
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

    /** An event that is not a message, such as a deletion or a block. */
    public static InboundMessage event(ChatRef chat, String platformMessageId, InboundKind kind, Instant receivedAt) {
        return text(chat, platformMessageId, "", receivedAt).ofKind(kind);
    }

    public InboundMessage ofKind(InboundKind newKind) {
        return new InboundMessage(
                chat,
                platformMessageId,
                text,
                payload,
                location,
                attachment,
                languageHint,
                receivedAt,
                newKind,
                forwarded,
                replyTo);
    }

    public InboundMessage forwardedFrom(Forward origin) {
        return new InboundMessage(
                chat,
                platformMessageId,
                text,
                payload,
                location,
                attachment,
                languageHint,
                receivedAt,
                kind,
                Optional.of(origin),
                replyTo);
    }

    public InboundMessage replyingTo(String platformId) {
        return new InboundMessage(
                chat,
                platformMessageId,
                text,
                payload,
                location,
                attachment,
                languageHint,
                receivedAt,
                kind,
                forwarded,
                Optional.of(platformId));
    }

    /** @return the key that identifies this event across redeliveries */
    public String idempotencyKey() {
        return chat.channel().key() + ":" + platformMessageId;
    }
}
