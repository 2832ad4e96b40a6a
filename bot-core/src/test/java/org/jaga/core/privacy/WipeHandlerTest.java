package org.jaga.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.DialogueEngine;
import org.jaga.core.dialogue.Engines;
import org.jaga.core.dialogue.Outcome;
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
    private Conversation conversation = Conversation.start(TELEGRAM, NOW);
    private int counter;

    private Outcome say(String text) {
        return send(InboundMessage.text(conversation.chat(), "m" + counter++, text, NOW));
    }

    private Outcome tap(String payload) {
        return send(new InboundMessage(
                conversation.chat(),
                "m" + counter++,
                "",
                Optional.of(payload),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                NOW));
    }

    private Outcome send(InboundMessage message) {
        Outcome outcome = engine.handle(conversation, message);
        conversation = outcome.conversation();
        return outcome;
    }

    @Test
    void aTapOfTheOfferRaisesTheWipeSaysNothingAndLeavesTheQuestionWaiting() {
        say("please help me, I am locked in and they took my passport");
        say("yes");

        Outcome wiped = tap("wipe:CHAT:en");

        assertThat(wiped.said()).isEmpty();
        assertThat(wiped.forget()).isFalse();
        assertThat(wiped.events()).singleElement().isEqualTo(new WipeRequested(TELEGRAM, NOW));
        assertThat(conversation.step()).isEqualTo(Step.ASKING_LOCATION);
        assertThat(conversation.fact("distress")).contains("true");

        Outcome answered = tap("answer:SKIP");
        assertThat(answered.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "help.askNationality"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/wipe", "/clear", " /WIPE ", "/wipe@JagaBot"})
    void aTypedCommandWipesToo(String command) {
        Outcome wiped = say(command);

        assertThat(wiped.said()).isEmpty();
        assertThat(wiped.events()).singleElement().isInstanceOf(WipeRequested.class);
    }

    @Test
    void aTypedCommandWipesWhileACaseIsOpenWithoutRaisingDistressAgain() {
        say("please help me, I am locked in and they took my passport");
        say("no");

        Outcome wiped = say("/wipe");

        assertThat(wiped.said()).isEmpty();
        assertThat(wiped.events()).singleElement().isInstanceOf(WipeRequested.class);
        assertThat(wiped.events()).noneMatch(DistressDetected.class::isInstance);
    }

    @Test
    void wipesWhileAResponderHoldsTheConversationAndTellsTheResponder() {
        conversation = conversation.heldBy("amina");

        Outcome wiped = tap("wipe:CHAT:en");

        assertThat(wiped.said()).isEmpty();
        assertThat(wiped.events())
                .containsExactly(new WipeRequested(TELEGRAM, NOW), new MessageForResponder(TELEGRAM, "amina", NOW));
        assertThat(conversation.responder()).contains("amina");
    }

    @Test
    void wordsAboutWipingAreNotTheCommand() {
        assertThat(say("how do I wipe my phone?").events()).noneMatch(WipeRequested.class::isInstance);
        assertThat(say("/wipe everything").events()).noneMatch(WipeRequested.class::isInstance);
    }

    @Test
    void anEditIntoTheCommandIsNotARequest() {
        Outcome edited =
                send(InboundMessage.text(TELEGRAM, "edit:1:2", "/wipe", NOW).ofKind(InboundKind.EDITED));

        assertThat(edited.events()).noneMatch(WipeRequested.class::isInstance);
    }

    @ParameterizedTest
    @EnumSource(
            value = Channel.class,
            names = {"WHATSAPP", "MESSENGER", "WEBCHAT"})
    void isNoRequestWhereTheBotCannotDeleteTheChat(Channel channel) {
        conversation = Conversation.start(new ChatRef(channel, "4242"), NOW);

        assertThat(say("/wipe").events()).noneMatch(WipeRequested.class::isInstance);
        assertThat(tap("wipe:CHAT:en").events()).noneMatch(WipeRequested.class::isInstance);
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
