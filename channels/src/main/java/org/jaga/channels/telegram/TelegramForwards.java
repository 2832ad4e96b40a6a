package org.jaga.channels.telegram;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jaga.core.message.Forward;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOrigin;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginChannel;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginChat;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginHiddenUser;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginUser;

/** Where a forwarded message came from: Bot API 7's forward_origin, or the older forward_* fields. */
final class TelegramForwards {
    private TelegramForwards() {}

    static Optional<Forward> of(Message message) {
        if (message.getForwardOrigin() != null) {
            return Optional.of(origin(message.getForwardOrigin()));
        }
        if (message.getForwardFrom() != null) {
            return Optional.of(new Forward("user", name(message.getForwardFrom())));
        }
        if (message.getForwardFromChat() != null) {
            Chat chat = message.getForwardFromChat();
            return Optional.of(new Forward("channel".equals(chat.getType()) ? "channel" : "chat", title(chat)));
        }
        if (message.getForwardSenderName() != null) {
            return Optional.of(new Forward("hidden_user", message.getForwardSenderName()));
        }
        return Optional.empty();
    }

    private static Forward origin(MessageOrigin origin) {
        if (origin instanceof MessageOriginUser user) {
            return new Forward("user", name(user.getSenderUser()));
        }
        if (origin instanceof MessageOriginHiddenUser hidden) {
            return new Forward("hidden_user", hidden.getSenderUserName());
        }
        if (origin instanceof MessageOriginChat chat) {
            return new Forward("chat", title(chat.getSenderChat()));
        }
        if (origin instanceof MessageOriginChannel channel) {
            return new Forward("channel", title(channel.getChat()));
        }
        return new Forward("unknown", "");
    }

    private static String name(User user) {
        if (user == null) {
            return "";
        }
        String full = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return user.getUserName() != null && full.isEmpty() ? "@" + user.getUserName() : full;
    }

    private static String title(Chat chat) {
        if (chat == null) {
            return "";
        }
        if (chat.getTitle() != null) {
            return chat.getTitle();
        }
        return chat.getUserName() == null ? "" : "@" + chat.getUserName();
    }
}
