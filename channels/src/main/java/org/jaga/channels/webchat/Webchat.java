package org.jaga.channels.webchat;

import static org.springframework.web.reactive.function.server.RequestPredicates.accept;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jaga.core.message.Channel;
import org.jaga.core.pipeline.Inbox;
import org.jaga.core.pipeline.OutboundSender;
import org.jaga.core.redis.ChatDataKeys;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.KeySpace;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web chat channel, wired: its routes, its sender, and the keys it keeps per chat. The page
 * itself is the static {@code index.html} beside this module's classes.
 */
public final class Webchat implements AutoCloseable {
    private final RedisWebchatTimeline timeline;
    private final WebchatHandler handler;
    private final WebchatSender sender;

    public Webchat(JagaRedis redis, Inbox inbox, Duration retention, Clock clock) {
        this.timeline =
                new RedisWebchatTimeline(redis.client(), redis.connection().reactive(), redis.keys(), retention);
        this.handler = new WebchatHandler(inbox, timeline, clock);
        this.sender = new WebchatSender(timeline);
    }

    /** @return {@code POST /channels/webchat/messages} and {@code GET …/conversations/{id}/events} */
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/channels/webchat/messages", handler::post)
                .GET(
                        "/channels/webchat/conversations/{conversationId}/events",
                        accept(MediaType.TEXT_EVENT_STREAM).or(accept(MediaType.ALL)),
                        handler::events)
                .build();
    }

    public OutboundSender sender() {
        return sender;
    }

    /** @return the keys the web chat keeps per chat, erased when the person asks to be forgotten */
    public static ChatDataKeys chatData(KeySpace keys) {
        return chat -> chat.channel() == Channel.WEBCHAT
                ? List.of(RedisWebchatTimeline.timelineKey(keys, chat.platformUserId()))
                : List.of();
    }

    @Override
    public void close() {
        timeline.close();
    }
}
