package org.jaga.core.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jaga.core.dialogue.TurnContext;
import org.jaga.core.language.Replies;
import org.jaga.core.message.Button;
import org.jaga.core.message.Channel;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import org.jaga.knowledge.language.Language;

/**
 * How a person asks to wipe the chat from their phone, on the platforms that let a bot delete both
 * sides of a private chat (Telegram, for 48 hours): a button with a neutral label, or a typed
 * {@code /wipe} or {@code /clear}. The button carries the language it was offered in, so that the
 * platform's brief notice on the tap reads in the person's language.
 */
public final class WipeOffer {
    static final String PAYLOAD = "wipe:CHAT";
    static final String NOTICE_KEY = "help.wiping";
    private static final Set<String> COMMANDS = Set.of("/wipe", "/clear");

    private WipeOffer() {}

    /** @return true when a bot can delete the person's messages and its own on the channel */
    public static boolean possibleOn(Channel channel) {
        return channel == Channel.TELEGRAM;
    }

    /** @return the button that asks for a wipe, labelled in the turn's language; empty where none is possible */
    public static Optional<Button> button(TurnContext turn) {
        if (!possibleOn(turn.conversation().chat().channel())) {
            return Optional.empty();
        }
        return Optional.of(
                turn.button("button.wipe", PAYLOAD + ":" + turn.language().tag()));
    }

    /** @return true when the message taps the button or types the command, on a channel that can wipe */
    public static boolean asks(InboundMessage message) {
        if (!possibleOn(message.chat().channel()) || message.kind() != InboundKind.MESSAGE) {
            return false;
        }
        return message.payload().map(WipeOffer::isTap).orElseGet(() -> isCommand(message.text()));
    }

    /**
     * @return the brief notice a platform shows on the tap (not a message: it leaves nothing in the
     *     chat); empty when the payload is not the button's
     */
    public static Optional<String> notice(String payload, Replies replies) {
        if (!isTap(payload)) {
            return Optional.empty();
        }
        String tag = payload.length() > PAYLOAD.length() ? payload.substring(PAYLOAD.length() + 1) : "";
        Language language = Language.fromTag(tag).orElse(Language.ENGLISH);
        return Optional.of(replies.text(language, NOTICE_KEY));
    }

    private static boolean isTap(String payload) {
        return payload != null && (payload.equals(PAYLOAD) || payload.startsWith(PAYLOAD + ":"));
    }

    /** "/wipe", and "/wipe@JagaBot" as Telegram writes a command picked from the bot's menu. */
    private static boolean isCommand(String text) {
        String command = text.strip().toLowerCase(Locale.ROOT);
        int at = command.indexOf('@');
        return COMMANDS.contains(at < 0 ? command : command.substring(0, at));
    }
}
