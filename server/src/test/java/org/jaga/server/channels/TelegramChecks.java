package org.jaga.server.channels;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the Bot API refuses in the requests the fake platform answers like Telegram does. */
final class TelegramChecks {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakePlatform.Response TRUE = new FakePlatform.Response(200, "{\"ok\":true,\"result\":true}");

    private TelegramChecks() {}

    /** deleteMessages: a chat and 1-100 integer message ids. */
    static FakePlatform.Response deleteMessages(FakePlatform.Request request) {
        JsonNode body = body(request);
        if (body == null || !hasText(body, "chat_id")) {
            return badRequest("chat_id is empty");
        }
        JsonNode ids = body.get("message_ids");
        if (ids == null || !ids.isArray() || ids.isEmpty() || ids.size() > 100) {
            return badRequest("message_ids must be a list of 1-100 message identifiers");
        }
        for (JsonNode id : ids) {
            if (!id.isIntegralNumber()) {
                return badRequest("message identifiers must be integers");
            }
        }
        return TRUE;
    }

    /** answerCallbackQuery: a query id, and a notice of at most 200 characters. */
    static FakePlatform.Response answerCallbackQuery(FakePlatform.Request request) {
        JsonNode body = body(request);
        if (body == null || !hasText(body, "callback_query_id")) {
            return badRequest("query id is empty");
        }
        if (body.has("text") && body.get("text").asString().length() > 200) {
            return badRequest("the notice is longer than 200 characters");
        }
        return TRUE;
    }

    static FakePlatform.Response badRequest(String description) {
        return new FakePlatform.Response(
                400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: " + description + "\"}");
    }

    private static boolean hasText(JsonNode body, String field) {
        return body.has(field) && !body.get(field).asString().isBlank();
    }

    private static JsonNode body(FakePlatform.Request request) {
        String type = request.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(request.body());
            return body != null && body.isObject() ? body : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
