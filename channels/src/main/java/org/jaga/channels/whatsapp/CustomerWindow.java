package org.jaga.channels.whatsapp;

import java.time.Instant;
import java.util.Optional;
import org.jaga.core.message.ChatRef;
import reactor.core.publisher.Mono;

/** WhatsApp's customer service window: when each person last wrote to us. */
interface CustomerWindow {

    /** Records that the person wrote at that time (a later time wins; an older redelivery changes nothing). */
    Mono<Void> wrote(ChatRef chat, Instant at);

    /** @return when the person last wrote, if it is remembered */
    Mono<Optional<Instant>> lastWrote(ChatRef chat);

    /** Forgets the time: WhatsApp said the window is closed (error 131047). */
    Mono<Void> closed(ChatRef chat);
}
