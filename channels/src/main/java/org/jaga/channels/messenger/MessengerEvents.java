package org.jaga.channels.messenger;

import java.time.Instant;
import java.util.Optional;
import org.jaga.core.message.AttachmentKind;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.GeoLocation;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import tools.jackson.databind.JsonNode;

/**
 * Maps one {@code messaging[]} event from a person: a message (text, quick reply, attachments,
 * reply), a postback, a reaction, an edit, or an event Jaga does not read. Echoes of our own
 * messages, deliveries, reads and handover events are not people's messages: they map to nothing.
 */
final class MessengerEvents {
    private static final java.util.Set<String> NOT_FROM_A_PERSON = java.util.Set.of(
            "delivery",
            "read",
            "pass_thread_control",
            "take_thread_control",
            "request_thread_control",
            "app_roles",
            "policy_enforcement",
            "standby");

    private MessengerEvents() {}

    static Optional<InboundMessage> map(JsonNode event, String pageId) {
        String sender = event.path("sender").path("id").asString("");
        if (sender.isBlank()
                || sender.equals(pageId)
                || NOT_FROM_A_PERSON.stream().anyMatch(event::has)) {
            return Optional.empty();
        }
        ChatRef chat = new ChatRef(Channel.MESSENGER, sender);
        Instant at = Instant.ofEpochMilli(event.path("timestamp").asLong(0));
        String fallbackId = "event:" + sender + ":" + event.path("timestamp").asLong(0);
        JsonNode message = event.path("message");
        if (message.isObject()) {
            return message.path("is_echo").asBoolean(false)
                    ? Optional.empty()
                    : Optional.of(message(chat, message, at, fallbackId));
        }
        if (event.has("postback")) {
            JsonNode postback = event.path("postback");
            String id = postback.path("mid")
                    .asString(
                            "postback:" + sender + ":" + event.path("timestamp").asLong(0));
            return Optional.of(tapped(chat, id, postback.path("payload").asString(""), at));
        }
        if (event.has("reaction")) {
            JsonNode reaction = event.path("reaction");
            String about = reaction.path("mid").asString("");
            InboundMessage mapped = InboundMessage.text(
                            chat,
                            "reaction:" + about + ":" + reaction.path("action").asString("") + ":"
                                    + event.path("timestamp").asLong(0),
                            "react".equals(reaction.path("action").asString(""))
                                    ? reaction.path("emoji").asString("")
                                    : "",
                            at)
                    .ofKind(InboundKind.REACTION);
            return Optional.of(about.isBlank() ? mapped : mapped.replyingTo(about));
        }
        if (event.has("message_edit")) {
            JsonNode edit = event.path("message_edit");
            String mid = edit.path("mid").asString("");
            return Optional.of(InboundMessage.text(
                            chat,
                            "edit:" + mid + ":" + edit.path("num_edit").asInt(0),
                            edit.path("text").asString(""),
                            at)
                    .ofKind(InboundKind.EDITED)
                    .replyingTo(mid));
        }
        return Optional.of(InboundMessage.event(chat, fallbackId, InboundKind.UNSUPPORTED, at));
    }

    private static InboundMessage message(ChatRef chat, JsonNode message, Instant at, String fallbackId) {
        String id = message.path("mid").asString(fallbackId);
        String payload = message.path("quick_reply").path("payload").asString("");
        if (!payload.isBlank()) {
            return withReply(tapped(chat, id, payload, at), message);
        }
        Optional<GeoLocation> location = Optional.empty();
        Optional<AttachmentKind> attachment = Optional.empty();
        for (JsonNode item : message.path("attachments")) {
            String type = item.path("type").asString("");
            if ("location".equals(type) && location.isEmpty()) {
                JsonNode point = item.path("payload").path("coordinates");
                location = Optional.of(new GeoLocation(
                        point.path("lat").asDouble(), point.path("long").asDouble()));
            } else if (attachment.isEmpty()) {
                attachment = attachmentKind(type, item);
            }
        }
        String text = message.path("text").asString("");
        InboundMessage mapped =
                new InboundMessage(chat, id, text, Optional.empty(), location, attachment, Optional.empty(), at);
        boolean understood = !text.isEmpty() || location.isPresent() || attachment.isPresent();
        return withReply(understood ? mapped : mapped.ofKind(InboundKind.UNSUPPORTED), message);
    }

    private static Optional<AttachmentKind> attachmentKind(String type, JsonNode item) {
        return switch (type) {
            case "image" ->
                Optional.of(item.path("payload").has("sticker_id") ? AttachmentKind.STICKER : AttachmentKind.PHOTO);
            case "video", "reel", "ig_reel" -> Optional.of(AttachmentKind.VIDEO);
            case "audio" -> Optional.of(AttachmentKind.AUDIO);
            case "file" -> Optional.of(AttachmentKind.DOCUMENT);
            default -> Optional.empty();
        };
    }

    private static InboundMessage tapped(ChatRef chat, String id, String payload, Instant at) {
        if (payload.isBlank()) {
            return InboundMessage.event(chat, id, InboundKind.UNSUPPORTED, at);
        }
        return new InboundMessage(
                chat, id, "", Optional.of(payload), Optional.empty(), Optional.empty(), Optional.empty(), at);
    }

    private static InboundMessage withReply(InboundMessage mapped, JsonNode message) {
        String about = message.path("reply_to").path("mid").asString("");
        return about.isBlank() ? mapped : mapped.replyingTo(about);
    }
}
