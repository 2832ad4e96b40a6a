package org.jaga.channels.whatsapp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jaga.channels.delivery.DeliveryStatus;
import org.jaga.core.message.InboundMessage;
import tools.jackson.databind.JsonNode;

/**
 * One webhook body, read: the people's messages and the statuses of ours, from every entry and
 * change of the batch (up to 1,000 updates per POST).
 */
record WhatsAppNotification(List<InboundMessage> messages, List<Status> statuses) {

    /** A status of one of our messages, as the platform reported it. */
    record Status(String platformMessageId, String recipient, DeliveryStatus status, Instant at, String reason) {}

    static WhatsAppNotification read(JsonNode body) {
        List<InboundMessage> messages = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        if (!"whatsapp_business_account".equals(body.path("object").asString(""))) {
            return new WhatsAppNotification(messages, statuses);
        }
        for (JsonNode entry : body.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                for (JsonNode message : value.path("messages")) {
                    WhatsAppMessages.map(message).ifPresent(messages::add);
                }
                for (JsonNode status : value.path("statuses")) {
                    status(status).ifPresent(statuses::add);
                }
            }
        }
        return new WhatsAppNotification(List.copyOf(messages), List.copyOf(statuses));
    }

    private static Optional<Status> status(JsonNode node) {
        String id = node.path("id").asString("");
        DeliveryStatus status =
                switch (node.path("status").asString("")) {
                    case "sent" -> DeliveryStatus.SENT;
                    case "delivered" -> DeliveryStatus.DELIVERED;
                    case "read" -> DeliveryStatus.READ;
                    case "failed" -> DeliveryStatus.FAILED;
                    default -> null;
                };
        if (id.isBlank() || status == null) {
            return Optional.empty();
        }
        JsonNode error = node.path("errors").path(0);
        String reason = error.isMissingNode()
                ? ""
                : error.path("code").asInt(0) + " " + error.path("title").asString("");
        return Optional.of(new Status(
                id,
                node.path("recipient_id").asString(""),
                status,
                Instant.ofEpochSecond(node.path("timestamp").asLong(0)),
                reason));
    }
}
