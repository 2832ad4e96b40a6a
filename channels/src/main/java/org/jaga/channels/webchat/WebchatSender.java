package org.jaga.channels.webchat;

import org.jaga.core.message.Channel;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.OutboundSender;
import reactor.core.publisher.Mono;

/** Delivers to web chat pages by appending to the conversation's timeline, which pages follow. */
final class WebchatSender implements OutboundSender {
    private final WebchatTimeline timeline;

    WebchatSender(WebchatTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public Channel channel() {
        return Channel.WEBCHAT;
    }

    @Override
    public Mono<Void> send(OutboundMessage message) {
        return timeline.append(message);
    }
}
