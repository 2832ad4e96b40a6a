package org.jaga.core.handover;

import org.jaga.core.conversation.Conversation;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.OutboundMessage;
import reactor.core.publisher.Mono;

/**
 * Hands a conversation between the bot and human responders. While a responder holds it, the bot
 * stays silent in it and the person's messages wait for the responder (see
 * {@link MessageForResponder}).
 */
public interface Handover {

    /**
     * @return the conversation, now held by the responder
     * @throws HeldByAnother (as the Mono's error) when another responder holds it
     */
    Mono<Conversation> claim(ChatRef chat, String responder);

    /** Gives the conversation back to the bot. @return the conversation, held by the bot */
    Mono<Conversation> handBack(ChatRef chat, String responder);

    /**
     * Sends the responder's words to the person on their own channel and writes them to the
     * transcript, once per {@code requestId}: a retried request sends nothing more.
     *
     * @return the message as it was queued
     */
    Mono<OutboundMessage> relay(ChatRef chat, String responder, String text, String requestId);

    /**
     * Sends a message from the bot's side outside a turn (e.g. when a person will answer), once per
     * {@code requestId}.
     */
    Mono<OutboundMessage> notify(ChatRef chat, String text, String requestId);
}
