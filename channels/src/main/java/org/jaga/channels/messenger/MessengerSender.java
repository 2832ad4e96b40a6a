package org.jaga.channels.messenger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.jaga.channels.delivery.ChatBlocks;
import org.jaga.channels.delivery.CustomerWindow;
import org.jaga.channels.delivery.PartedDelivery;
import org.jaga.channels.delivery.TextSplitter;
import org.jaga.channels.delivery.Throttled;
import org.jaga.channels.meta.GraphApi;
import org.jaga.channels.meta.GraphFailure;
import org.jaga.channels.ratelimit.Rate;
import org.jaga.core.message.Button;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.DeliveryFailed;
import org.jaga.core.pipeline.OutboundSender;
import reactor.core.publisher.Mono;

/**
 * Sends through the Send API ({@code /me/messages}): text cut at 2,000 characters, up to 13
 * buttons as quick replies on the last part (more become a numbered list in the text). What the
 * {@link MessagingWindow} does not allow fails for good before any call to Meta.
 */
final class MessengerSender implements OutboundSender {
    /** Meta's "messaging window closed" (1545041) and the older "outside of allowed window" (10/2018278). */
    private static final int WINDOW_CLOSED = 1545041;

    private static final int OUTSIDE_WINDOW = 2018278;

    private final MessengerConfig config;
    private final GraphApi api;
    private final PartedDelivery delivery;
    private final CustomerWindow window;
    private final ChatBlocks blocks;
    private final Clock clock;

    MessengerSender(
            MessengerConfig config,
            GraphApi api,
            PartedDelivery delivery,
            CustomerWindow window,
            ChatBlocks blocks,
            Clock clock) {
        this.config = config;
        this.api = api;
        this.delivery = delivery;
        this.window = window;
        this.blocks = blocks;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.MESSENGER;
    }

    @Override
    public Mono<Void> send(OutboundMessage message) {
        return window.lastWrote(message.chat()).flatMap(last -> {
            MessagingWindow.Verdict verdict = MessagingWindow.verdict(message.origin(), last, clock.instant());
            if (verdict instanceof MessagingWindow.Refused refused) {
                return Mono.error(DeliveryFailed.forGood(refused.reason()));
            }
            return deliver(message, verdict instanceof MessagingWindow.HumanAgent);
        });
    }

    private Mono<Void> deliver(OutboundMessage message, boolean humanAgent) {
        List<Button> buttons = message.buttons();
        boolean quickReplies = buttons.size() <= MessengerRequests.MAX_QUICK_REPLIES;
        String text = quickReplies ? message.text() : numbered(message.text(), buttons);
        List<String> parts = TextSplitter.split(text, MessengerRequests.MAX_TEXT);
        ChatRef chat = message.chat();
        List<Rate> rates = List.of(
                new Rate("messenger:chat:" + chat.platformUserId(), 1, 5),
                new Rate("messenger:all", config.messagesPerSecond(), config.messagesPerSecond()));
        return delivery.deliver(message, rates, parts.size(), part -> {
            boolean last = part == parts.size() - 1;
            List<Button> shown = last && quickReplies ? buttons : List.of();
            return api.post(
                            "/me/messages",
                            MessengerRequests.send(chat.platformUserId(), parts.get(part), shown, humanAgent))
                    .map(response -> response.path("message_id").asString(""))
                    .filter(id -> !id.isBlank())
                    .switchIfEmpty(
                            Mono.error(() -> DeliveryFailed.forNow("Messenger answered without a message id", null)))
                    .onErrorResume(error -> !(error instanceof DeliveryFailed), error -> failure(chat, error));
        });
    }

    private static String numbered(String text, List<Button> buttons) {
        StringBuilder out = new StringBuilder(text).append("\n");
        IntStream.range(0, buttons.size()).forEach(i -> out.append('\n')
                .append(i + 1)
                .append(". ")
                .append(buttons.get(i).label()));
        return out.toString();
    }

    private Mono<String> failure(ChatRef chat, Throwable error) {
        if (!(error instanceof GraphFailure refused)) {
            return Mono.error(DeliveryFailed.forNow(
                    "Messenger unreachable: " + error.getClass().getSimpleName(), null));
        }
        int code = refused.code();
        if (refused.status() == 429 || code == 613 || code == 4 || code == 32) {
            return Mono.error(
                    new Throttled("Messenger " + refused.getMessage(), "messenger:all", Duration.ofSeconds(10)));
        }
        if (code == WINDOW_CLOSED || refused.subcode() == WINDOW_CLOSED || refused.subcode() == OUTSIDE_WINDOW) {
            return Mono.error(DeliveryFailed.forGood("not sent: Messenger says the messaging window is closed ("
                    + refused.getMessage() + "); it can be sent once the person writes again"));
        }
        if (code == 551) {
            return blocks.blocked(chat, "Messenger 551: the person is not available")
                    .then(Mono.error(DeliveryFailed.forGood("Messenger " + refused.getMessage())));
        }
        if (refused.status() >= 500 || code == 1 || code == 2) {
            return Mono.error(DeliveryFailed.forNow("Messenger " + refused.getMessage(), null));
        }
        return Mono.error(DeliveryFailed.forGood("Messenger " + refused.getMessage()));
    }
}
