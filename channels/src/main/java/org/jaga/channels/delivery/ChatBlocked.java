package org.jaga.channels.delivery;

import org.jaga.core.message.ChatRef;
import org.jaga.core.pipeline.DeliveryFailed;

/** Not sent, for good: the person blocked Jaga ({@link ChatBlocks}); nothing was sent to the platform. */
public final class ChatBlocked extends DeliveryFailed {

    ChatBlocked(ChatRef chat, String reason) {
        super(
                "not sent: the person blocked the bot on " + chat.channel().key() + " (" + reason
                        + "); sending resumes when they write again",
                false,
                null);
    }
}
