package org.jaga.channels.meta;

import org.jaga.channels.webhook.SharedSecret;
import org.jaga.channels.webhook.WebhookReplies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** The GET with which Meta verifies a webhook: hub.mode=subscribe, our verify token, a challenge to echo. */
public final class MetaHandshake {
    private final SharedSecret verifyToken;

    public MetaHandshake(String verifyToken) {
        this.verifyToken = new SharedSecret(verifyToken);
    }

    public Mono<ServerResponse> verify(ServerRequest request) {
        String mode = request.queryParam("hub.mode").orElse("");
        String token = request.queryParam("hub.verify_token").orElse(null);
        String challenge = request.queryParam("hub.challenge").orElse("");
        if (!"subscribe".equals(mode) || !verifyToken.matches(token)) {
            return WebhookReplies.error(HttpStatus.FORBIDDEN, "verification failed");
        }
        if (challenge.isEmpty() || challenge.length() > 256) {
            return WebhookReplies.error(HttpStatus.BAD_REQUEST, "hub.challenge is missing or too long");
        }
        return ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).bodyValue(challenge);
    }
}
