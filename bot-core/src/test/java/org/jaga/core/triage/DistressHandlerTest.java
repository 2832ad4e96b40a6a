package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.dialogue.DialogueEngine;
import org.jaga.core.dialogue.Engines;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.Person;
import org.jaga.core.dialogue.Said;
import org.jaga.core.language.Replies;
import org.jaga.core.message.Button;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The distress flow's offer to wipe the chat from the phone, on the platforms that allow it. */
class DistressHandlerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String PLEA = "please help me, I am locked in and they took my passport";

    private final DialogueEngine engine = Engines.standard(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Replies replies = new Replies();
    private final Person person =
            new Person(engine, Conversation.start(new ChatRef(Channel.TELEGRAM, "4242"), NOW), NOW);

    private void startOn(Channel channel) {
        person.continueFrom(Conversation.start(new ChatRef(channel, "4242"), NOW));
    }

    private static Said only(Outcome outcome) {
        assertThat(outcome.said()).hasSize(1);
        return outcome.said().get(0);
    }

    private static List<String> payloads(Said said) {
        return said.buttons().stream().map(Button::payload).toList();
    }

    @Test
    void offersToWipeTheChatBelowTheFirstQuestionOnTelegram() {
        startOn(Channel.TELEGRAM);

        Said ack = only(person.say(PLEA));

        assertThat(ack.text()).isEqualTo(replies.text(Language.ENGLISH, "help.ack"));
        assertThat(payloads(ack)).containsExactly("answer:YES", "answer:NO", "wipe:CHAT:en");
        assertThat(ack.buttons().get(2).label()).isEqualTo("Clear this chat");
    }

    @ParameterizedTest
    @EnumSource(
            value = Channel.class,
            names = {"WHATSAPP", "MESSENGER", "WEBCHAT"})
    void offersNoWipeWhereTheBotCannotDeleteTheChat(Channel channel) {
        startOn(channel);

        assertThat(payloads(only(person.say(PLEA)))).containsExactly("answer:YES", "answer:NO");
        assertThat(payloads(only(person.say("yes")))).containsExactly("answer:SKIP");
        assertThat(payloads(only(person.tap("answer:SKIP")))).hasSize(9).doesNotContain("wipe:CHAT:en");
    }

    @Test
    void keepsEveryQuestionsAnswerButtonsAndOffersTheWipeBelowThem() {
        startOn(Channel.TELEGRAM);
        person.say(PLEA);

        Said location = only(person.say("yes"));
        assertThat(location.text()).isEqualTo(replies.text(Language.ENGLISH, "help.askLocation"));
        assertThat(payloads(location)).containsExactly("answer:SKIP", "wipe:CHAT:en");

        Said nationality = only(person.tap("answer:SKIP"));
        assertThat(nationality.text()).isEqualTo(replies.text(Language.ENGLISH, "help.askNationality"));
        assertThat(payloads(nationality))
                .hasSize(10)
                .startsWith("nationality:ID")
                .endsWith("answer:SKIP", "wipe:CHAT:en");

        Said people = only(person.tap("nationality:PH"));
        assertThat(payloads(people)).containsExactly("answer:SKIP", "wipe:CHAT:en");
        Said nextContact = only(person.say("3"));
        assertThat(payloads(nextContact)).containsExactly("answer:SKIP", "wipe:CHAT:en");

        Said thanks = only(person.say("tonight"));
        assertThat(thanks.text()).isEqualTo(replies.text(Language.ENGLISH, "help.thanks"));
        assertThat(payloads(thanks)).containsExactly("wipe:CHAT:en");
        assertThat(person.conversation().facts())
                .containsEntry("nationality", "PH")
                .containsEntry("people", "3");
    }

    @Test
    void offersTheWipeAgainWhenItIsNotSafeToTalkAndOnEveryLaterMessage() {
        startOn(Channel.TELEGRAM);
        person.say(PLEA);

        Said notSafe = only(person.say("no"));
        assertThat(notSafe.text()).isEqualTo(replies.text(Language.ENGLISH, "help.notSafe"));
        assertThat(payloads(notSafe)).containsExactly("wipe:CHAT:en");

        Said noted = only(person.say("are you there?"));
        assertThat(noted.text()).isEqualTo(replies.text(Language.ENGLISH, "help.noted"));
        assertThat(payloads(noted)).containsExactly("wipe:CHAT:en");
    }

    @Test
    void labelsTheOfferInThePersonsLanguage() {
        startOn(Channel.TELEGRAM);

        Said ack = only(person.say("ช่วยด้วย ฉันถูกขังอยู่ เขายึดพาสปอร์ตของฉันไป ออกไปไม่ได้"));

        assertThat(person.conversation().language()).contains(Language.THAI);
        Button wipe = ack.buttons().get(ack.buttons().size() - 1);
        assertThat(wipe.label()).isEqualTo(replies.text(Language.THAI, "button.wipe"));
        assertThat(wipe.payload()).isEqualTo("wipe:CHAT:th");
    }
}
