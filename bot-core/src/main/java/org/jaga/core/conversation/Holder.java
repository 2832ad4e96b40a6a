package org.jaga.core.conversation;

/** Who answers the person: the bot, or a human responder (who then has the conversation alone). */
public enum Holder {
    BOT,
    HUMAN
}
