package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jaga.core.message.AttachmentKind;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.Forward;
import org.jaga.core.message.GeoLocation;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;

/** What one sample must become in the inbox, field by field. */
record Expect(
        ChatRef chat,
        String platformMessageId,
        InboundKind kind,
        String text,
        Optional<String> payload,
        Optional<Forward> forwarded,
        Optional<String> replyTo,
        Optional<GeoLocation> location,
        Optional<AttachmentKind> attachment) {

    static Expect message(ChatRef chat, String id, String text) {
        return new Expect(
                chat,
                id,
                InboundKind.MESSAGE,
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    Expect kind(InboundKind newKind) {
        return new Expect(chat, platformMessageId, newKind, text, payload, forwarded, replyTo, location, attachment);
    }

    Expect payload(String value) {
        return new Expect(
                chat, platformMessageId, kind, text, Optional.of(value), forwarded, replyTo, location, attachment);
    }

    Expect forwarded(String origin, String name) {
        return new Expect(
                chat,
                platformMessageId,
                kind,
                text,
                payload,
                Optional.of(new Forward(origin, name)),
                replyTo,
                location,
                attachment);
    }

    Expect replyTo(String id) {
        return new Expect(
                chat, platformMessageId, kind, text, payload, forwarded, Optional.of(id), location, attachment);
    }

    Expect at(double latitude, double longitude) {
        return new Expect(
                chat,
                platformMessageId,
                kind,
                text,
                payload,
                forwarded,
                replyTo,
                Optional.of(new GeoLocation(latitude, longitude)),
                attachment);
    }

    Expect with(AttachmentKind kind) {
        return new Expect(
                chat, platformMessageId, this.kind, text, payload, forwarded, replyTo, location, Optional.of(kind));
    }

    void check(String sample, InboundMessage actual) {
        assertThat(actual.chat()).as(sample + " chat").isEqualTo(chat);
        assertThat(actual.platformMessageId()).as(sample + " id").isEqualTo(platformMessageId);
        assertThat(actual.kind()).as(sample + " kind").isEqualTo(kind);
        assertThat(actual.text()).as(sample + " text").isEqualTo(text);
        assertThat(actual.payload()).as(sample + " payload").isEqualTo(payload);
        assertThat(actual.forwarded()).as(sample + " forwarded").isEqualTo(forwarded);
        assertThat(actual.replyTo()).as(sample + " replyTo").isEqualTo(replyTo);
        assertThat(actual.location()).as(sample + " location").isEqualTo(location);
        assertThat(actual.attachment()).as(sample + " attachment").isEqualTo(attachment);
    }
}
