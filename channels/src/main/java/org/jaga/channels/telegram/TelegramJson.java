package org.jaga.channels.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads updates with Jackson 2 (telegrambots' types are annotated for it), tolerating users
 * without {@code is_bot}: the Bot API always sends it, but older documented updates lack it and
 * telegrambots refuses a user without it.
 */
final class TelegramJson {
    static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Set<String> USER_FIELDS = Set.of("from", "forward_from", "user", "sender_user", "via_bot");

    /**
     * telegrambots reads a message dated 0 as an inaccessible one (the Bot API's marker for those),
     * which an update's own message never is; such a message is read as undated instead.
     */
    private static final Set<String> MESSAGE_FIELDS = Set.of("message", "edited_message");

    private TelegramJson() {}

    /** @throws IOException when the body is not an update in JSON */
    static Update update(byte[] body) throws IOException {
        JsonNode tree = MAPPER.readTree(body);
        if (tree == null || !tree.isObject()) {
            throw new IOException("not a JSON object");
        }
        addMissingIsBot(tree, 0);
        for (String kind : MESSAGE_FIELDS) {
            JsonNode message = tree.get(kind);
            if (message != null && message.isObject() && message.path("date").asLong(-1) == 0) {
                ((ObjectNode) message).remove("date");
            }
        }
        return MAPPER.treeToValue(tree, Update.class);
    }

    private static void addMissingIsBot(JsonNode node, int depth) {
        if (depth > 8 || !node.isContainerNode()) {
            return;
        }
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (USER_FIELDS.contains(field.getKey()) && value.isObject() && !value.has("is_bot")) {
                ((ObjectNode) value).put("is_bot", false);
            }
            addMissingIsBot(value, depth + 1);
        });
    }
}
