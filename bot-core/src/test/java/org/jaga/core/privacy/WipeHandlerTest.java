package org.jaga.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.DialogueEngine;
import org.jaga.core.dialogue.Engines;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.Person;
import org.jaga.core.handover.MessageForResponder;
import org.jaga.core.language.Replies;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.triage.DistressDetected;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WipeHandlerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ChatRef TELEGRAM = new ChatRef(Channel.TELEGRAM, "4242");

    private final DialogueEngine engine = Engines.standard(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Replies replies = new Replies();
    private final Person person = new Person(engine, Conversation.start(TELEGRAM, NOW), NOW);

    @Test
    void aTapOfTheOfferRaisesTheWipeSaysNothingAndLeavesTheQuestionWaiting() {
        person.say("please help me, I am locked in and they took my passport");
        person.say("yes");

        Outcome wiped = person.tap("wipe:CHAT:en");

        assertThat(wiped.said()).isEmpty();
        assertThat(wiped.forget()).isFalse();
        assertThat(wiped.events()).singleElement().isEqualTo(new WipeRequested(TELEGRAM, NOW));
        assertThat(person.conversation().step()).isEqualTo(Step.ASKING_LOCATION);
        assertThat(person.conversation().fact("distress")).contains("true");

        Outcome answered = person.tap("answer:SKIP");
        assertThat(answered.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "help.askNationality"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/wipe", "/clear", " /WIPE ", "/wipe@JagaBot"})
    void aTypedCommandWipesToo(String command) {
        Outcome wiped = person.say(command);

        assertThat(wiped.said()).isEmpty();
        assertThat(wiped.events()).singleElement().isInstanceOf(WipeRequested.class);
    }

    @Test
    void aTypedCommandWipesWhileACaseIsOpenWithoutRaisingDistressAgain() {
        person.say("please help me, I am locked in and they took my passport");
        person.say("no");

        Outcome wiped = person.say("/wipe");

        assertThat(wiped.said()).isEmpty();
        assertThat(wiped.events()).singleElement().isInstanceOf(WipeRequested.class);
        assertThat(wiped.events()).noneMatch(DistressDetected.class::isInstance);
    }

    @Test
    void wipesWhileAResponderHoldsTheConversationAndTellsTheResponder() {
        person.continueFrom(person.conversation().heldBy("amina"));

        Outcome wiped = person.tap("wipe:CHAT:en");

        assertThat(wiped.said()).isEmpty();
        assertThat(wiped.events())
                .containsExactly(new WipeRequested(TELEGRAM, NOW), new MessageForResponder(TELEGRAM, "amina", NOW));
        assertThat(person.conversation().responder()).contains("amina");
    }

    @Test
    void wordsAboutWipingAreNotTheCommand() {
        assertThat(person.say("how do I wipe my phone?").events()).noneMatch(WipeRequested.class::isInstance);
        assertThat(person.say("/wipe everything").events()).noneMatch(WipeRequested.class::isInstance);
    }

    @Test
    void anEditIntoTheCommandIsNotARequest() {
        Outcome edited = person.send(
                InboundMessage.text(TELEGRAM, "edit:1:2", "/wipe", NOW).ofKind(InboundKind.EDITED));

        assertThat(edited.events()).noneMatch(WipeRequested.class::isInstance);
    }

    @ParameterizedTest
    @EnumSource(
            value = Channel.class,
            names = {"WHATSAPP", "MESSENGER", "WEBCHAT"})
    void isNoRequestWhereTheBotCannotDeleteTheChat(Channel channel) {
        person.continueFrom(Conversation.start(new ChatRef(channel, "4242"), NOW));

        assertThat(person.say("/wipe").events()).noneMatch(WipeRequested.class::isInstance);
        assertThat(person.tap("wipe:CHAT:en").events()).noneMatch(WipeRequested.class::isInstance);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theTapsNoticeIsInTheLanguageOfTheOffer(Language language) {
        assertThat(WipeOffer.notice("wipe:CHAT:" + language.tag(), replies))
                .contains(replies.text(language, "help.wiping"));
    }

    @Test
    void otherTapsHaveNoNotice() {
        assertThat(WipeOffer.notice("answer:YES", replies)).isEmpty();
        assertThat(WipeOffer.notice("wipe:CHATTER", replies)).isEmpty();
        assertThat(WipeOffer.notice("wipe:CHAT:xx", replies)).contains(replies.text(Language.ENGLISH, "help.wiping"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"ENGLISH"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyLanguageHasItsOwnLabelAndNotice(Language language) {
        for (String key : new String[] {"button.wipe", "help.wiping"}) {
            assertThat(replies.text(language, key))
                    .as("%s in %s", key, language)
                    .isNotBlank()
                    .isNotEqualTo(replies.text(Language.ENGLISH, key));
        }
    }
}
