package org.jaga.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.junit.jupiter.api.Test;

class DeskRouterTest {
    private final DeskRouter router = new DeskRouter(Desks.standard());
    private final ChatRef webchat = new ChatRef(Channel.WEBCHAT, "c-12345678");

    private Optional<Conversation> declaring(ChatRef chat, String nationality) {
        return Optional.of(Conversation.start(chat, Instant.now()).withFact(DeskRouter.FACT_NATIONALITY, nationality));
    }

    @Test
    void declaredNationalityComesFirst() {
        ChatRef thaiPhone = new ChatRef(Channel.WHATSAPP, "66812345678");

        assertThat(router.route(thaiPhone, "th", declaring(thaiPhone, "ph")).id())
                .isEqualTo("ph-embassy");
    }

    @Test
    void aWhatsappNumberRoutesByItsCountryCallingCode() {
        assertThat(router.route(new ChatRef(Channel.WHATSAPP, "6281234567890"), "en", Optional.empty())
                        .id())
                .isEqualTo("id-embassy");
        assertThat(router.route(new ChatRef(Channel.WHATSAPP, "84912345678"), "en", Optional.empty())
                        .id())
                .isEqualTo("vn-embassy");
    }

    @Test
    void withoutNationalityOrPhoneTheLanguageDecides() {
        assertThat(router.route(webchat, "km", Optional.empty()).id()).isEqualTo("kh-embassy");
        assertThat(router.route(new ChatRef(Channel.TELEGRAM, "66812345678"), "my", Optional.empty())
                        .id())
                .isEqualTo("mm-embassy");
    }

    @Test
    void everyoneElseGoesToTheGeneralDesk() {
        assertThat(router.route(webchat, "en", declaring(webchat, "DE")).id()).isEqualTo("general");
        assertThat(router.route(new ChatRef(Channel.WHATSAPP, "4915112345678"), "en", Optional.empty())
                        .id())
                .isEqualTo("general");
    }

    @Test
    void theShippedDesksHaveOneGeneralDeskOpenAroundTheClock() {
        Desk general = Desks.standard().general();

        assertThat(general.hours().isAlways()).isTrue();
        assertThat(Desks.standard().all()).hasSize(9);
    }
}
