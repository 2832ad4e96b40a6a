package org.jaga.hotline.console;

import java.util.Optional;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Reads JSON request bodies field by field, naming the field that is wrong. */
final class Bodies {
    private Bodies() {}

    static Mono<JsonNode> of(ServerRequest request) {
        return request.bodyToMono(JsonNode.class)
                .switchIfEmpty(Mono.error(() -> new IllegalArgumentException("a JSON body is required")))
                .map(node -> {
                    if (!node.isObject()) {
                        throw new IllegalArgumentException("the body must be a JSON object");
                    }
                    return node;
                });
    }

    /** @return the field's text, empty when absent or blank */
    static Optional<String> optional(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.asString().isBlank() ? Optional.empty() : Optional.of(value.asString());
    }

    static String required(JsonNode body, String field) {
        return optional(body, field).orElseThrow(() -> new IllegalArgumentException(field + " is required"));
    }
}
