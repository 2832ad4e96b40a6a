package org.jaga.core.message;

/** Who speaks in an outbound message: the bot, or a human responder (platforms treat them differently). */
public enum Origin {
    BOT,
    RESPONDER
}
