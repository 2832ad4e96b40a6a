package org.jaga.channels.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
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

    /** {@code "date":0}, which only a test or an odd client sends: the body then needs repairing. */
    private static final Pattern ZERO_DATE = Pattern.compile("\"date\"\\s*:\\s*0(?![0-9.])");

    /** @throws IOException when the body is not an update in JSON */
    static Update update(byte[] body) throws IOException {
        // What Telegram sends reads as it is, in one pass; only a body that needs repairing (a user
        // without is_bot, a message dated 0) goes through the tree.
        if (!ZERO_DATE.matcher(new String(body, StandardCharsets.ISO_8859_1)).find()) {
            try {
                return MAPPER.readValue(body, Update.class);
            } catch (JsonMappingException needsRepair) {
                // read again below, repaired
            }
        }
        return repaired(body);
    }

    private static Update repaired(byte[] body) throws IOException {
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
