package org.jaga.channels.telegram;

import java.io.IOException;
import java.util.Optional;
import org.jaga.channels.webhook.SharedSecret;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.channels.webhook.WebhookReplies;
import org.jaga.core.message.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;

/** {@code POST /webhooks/telegram}: checks the secret token header, stores the update, answers 200. */
final class TelegramWebhook {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final Optional<SharedSecret> secret;
    private final TelegramIngest ingest;
    private final WebhookRejections rejections;

    TelegramWebhook(Optional<String> secret, TelegramIngest ingest, WebhookRejections rejections) {
        this.secret = secret.map(SharedSecret::new);
        this.ingest = ingest;
        this.rejections = rejections;
    }

    Mono<ServerResponse> post(ServerRequest request) {
        if (secret.isEmpty()) {
            return WebhookReplies.error(HttpStatus.NOT_FOUND, "Telegram runs in long-polling mode here");
        }
        String presented = request.headers().firstHeader(SECRET_HEADER);
        if (!secret.get().matches(presented)) {
            return rejections.reject(Channel.TELEGRAM, presented == null ? "no secret token" : "wrong secret token");
        }
        return WebhookReplies.rawBody(request).flatMap(body -> {
            Update update;
            try {
                update = TelegramJson.update(body);
            } catch (IOException | RuntimeException notAnUpdate) {
                return WebhookReplies.error(HttpStatus.BAD_REQUEST, "the body is not a Telegram update in JSON");
            }
            if (update == null) {
                return WebhookReplies.error(HttpStatus.BAD_REQUEST, "the body is empty");
            }
            return ingest.ingest(update).then(WebhookReplies.ok());
        });
    }
}
