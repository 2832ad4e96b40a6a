package org.jaga.channels.telegram;

import java.util.Optional;
import org.jaga.core.message.AttachmentKind;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.GeoLocation;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Maps one Telegram message (new or edited): text or caption, location, attachment, forward, reply. */
final class TelegramMessages {

    InboundMessage map(Message message, InboundKind kind, String idSuffix) {
        String chatId = message.getChat().getId().toString();
        String text = message.getText() != null
                ? message.getText()
                : Optional.ofNullable(message.getCaption()).orElse("");
        Optional<GeoLocation> location = TelegramUpdates.location(
                message.getLocation() != null
                        ? message.getLocation()
                        : message.getVenue() != null ? message.getVenue().getLocation() : null);
        Optional<AttachmentKind> attachment = attachment(message);
        boolean understood = !text.isEmpty() || location.isPresent() || attachment.isPresent();
        InboundMessage mapped = new InboundMessage(
                        new ChatRef(Channel.TELEGRAM, chatId),
                        chatId + ":" + message.getMessageId() + idSuffix,
                        text,
                        Optional.empty(),
                        location,
                        attachment,
                        TelegramUpdates.language(message.getFrom()),
                        TelegramUpdates.seconds(message.getDate()))
                .ofKind(understood ? kind : InboundKind.UNSUPPORTED);
        if (message.getReplyToMessage() != null) {
            mapped =
                    mapped.replyingTo(chatId + ":" + message.getReplyToMessage().getMessageId());
        }
        return TelegramForwards.of(message).map(mapped::forwardedFrom).orElse(mapped);
    }

    static Optional<AttachmentKind> attachment(Message message) {
        if (message.hasPhoto()) {
            return Optional.of(AttachmentKind.PHOTO);
        }
        if (message.hasDocument() && !message.hasAnimation()) {
            return Optional.of(AttachmentKind.DOCUMENT);
        }
        if (message.hasAudio() || message.hasVoice()) {
            return Optional.of(AttachmentKind.AUDIO);
        }
        if (message.hasVideo() || message.hasVideoNote() || message.hasAnimation()) {
            return Optional.of(AttachmentKind.VIDEO);
        }
        if (message.hasSticker()) {
            return Optional.of(AttachmentKind.STICKER);
        }
        if (message.hasContact()) {
            return Optional.of(AttachmentKind.CONTACT);
        }
        return Optional.empty();
    }
}
