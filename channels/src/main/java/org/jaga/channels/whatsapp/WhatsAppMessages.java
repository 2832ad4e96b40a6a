package org.jaga.channels.whatsapp;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jaga.core.message.AttachmentKind;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.Forward;
import org.jaga.core.message.GeoLocation;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import tools.jackson.databind.JsonNode;

/** Maps one entry of a notification's {@code messages[]} to the core's message. */
final class WhatsAppMessages {
    private static final Map<String, AttachmentKind> MEDIA = Map.of(
            "image", AttachmentKind.PHOTO,
            "video", AttachmentKind.VIDEO,
            "document", AttachmentKind.DOCUMENT,
            "audio", AttachmentKind.AUDIO,
            "sticker", AttachmentKind.STICKER);

    private WhatsAppMessages() {}

    /** @return empty when the entry names no sender or no id */
    static Optional<InboundMessage> map(JsonNode node) {
        String from = node.path("from").asString("");
        String id = node.path("id").asString("");
        if (from.isBlank() || id.isBlank()) {
            return Optional.empty();
        }
        ChatRef chat = new ChatRef(Channel.WHATSAPP, from);
        Instant at = Instant.ofEpochSecond(node.path("timestamp").asLong(0));
        String type = node.path("type").asString("");
        InboundMessage message =
                switch (type) {
                    case "text" ->
                        InboundMessage.text(
                                chat, id, node.path("text").path("body").asString(""), at);
                    case "location" -> located(chat, id, node.path("location"), at);
                    case "contacts" -> attached(chat, id, "", AttachmentKind.CONTACT, at);
                    case "interactive" -> tapped(chat, id, interactivePayload(node.path("interactive")), at);
                    case "button" ->
                        tapped(chat, id, node.path("button").path("payload").asString(""), at);
                    case "reaction" -> reaction(chat, id, node.path("reaction"), at);
                    default ->
                        MEDIA.containsKey(type)
                                ? attached(
                                        chat,
                                        id,
                                        node.path(type).path("caption").asString(""),
                                        MEDIA.get(type),
                                        at)
                                : InboundMessage.event(chat, id, InboundKind.UNSUPPORTED, at);
                };
        return Optional.of(withContext(message, node.path("context")));
    }

    private static InboundMessage located(ChatRef chat, String id, JsonNode location, Instant at) {
        GeoLocation point = new GeoLocation(
                location.path("latitude").asDouble(), location.path("longitude").asDouble());
        return new InboundMessage(
                chat, id, "", Optional.empty(), Optional.of(point), Optional.empty(), Optional.empty(), at);
    }

    private static InboundMessage attached(ChatRef chat, String id, String caption, AttachmentKind kind, Instant at) {
        return new InboundMessage(
                chat, id, caption, Optional.empty(), Optional.empty(), Optional.of(kind), Optional.empty(), at);
    }

    private static InboundMessage tapped(ChatRef chat, String id, String payload, Instant at) {
        if (payload.isBlank()) {
            return InboundMessage.event(chat, id, InboundKind.UNSUPPORTED, at);
        }
        return new InboundMessage(
                chat, id, "", Optional.of(payload), Optional.empty(), Optional.empty(), Optional.empty(), at);
    }

    private static String interactivePayload(JsonNode interactive) {
        String type = interactive.path("type").asString("");
        return interactive.path(type).path("id").asString("");
    }

    private static InboundMessage reaction(ChatRef chat, String id, JsonNode reaction, Instant at) {
        String about = reaction.path("message_id").asString("");
        InboundMessage message = InboundMessage.text(
                        chat, "reaction:" + id, reaction.path("emoji").asString(""), at)
                .ofKind(InboundKind.REACTION);
        return about.isBlank() ? message : message.replyingTo(about);
    }

    private static InboundMessage withContext(InboundMessage message, JsonNode context) {
        if (context.isMissingNode() || message.kind() == InboundKind.REACTION) {
            return message;
        }
        if (context.path("forwarded").asBoolean(false)
                || context.path("frequently_forwarded").asBoolean(false)) {
            return message.forwardedFrom(new Forward("unknown", ""));
        }
        String about = context.path("id").asString("");
        return about.isBlank() ? message : message.replyingTo(about);
    }
}
