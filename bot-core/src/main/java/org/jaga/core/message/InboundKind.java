package org.jaga.core.message;

/** What happened on the platform: a message, or something about one. */
public enum InboundKind {
    /** A new message: text, a caption, a location, a button tap, an attachment. */
    MESSAGE,
    /** The person edited a message they sent; the text is the new text. */
    EDITED,
    /** The person deleted a message they sent. */
    DELETED,
    /** The person reacted to a message (an emoji); never answered. */
    REACTION,
    /** The person blocked the bot or unsubscribed; nothing can be sent until they come back. */
    BLOCKED,
    /** The person unblocked the bot. */
    UNBLOCKED,
    /** Something the platform sent that Jaga does not read (a poll, a game, a payment…). */
    UNSUPPORTED
}
