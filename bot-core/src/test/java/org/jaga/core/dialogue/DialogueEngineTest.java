package org.jaga.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.Step;
import org.jaga.core.language.Replies;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.GeoLocation;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.privacy.ForgetRequested;
import org.jaga.core.report.ReportFiled;
import org.jaga.core.triage.DistressDetected;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

class DialogueEngineTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final DialogueEngine engine = Engines.standard(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Replies replies = new Replies();
    private final ChatRef chat = new ChatRef(Channel.TELEGRAM, "42");
    private final Person person = new Person(engine, Conversation.start(chat, NOW), NOW);

    @Test
    void greetingShowsTheNumberedMenuWithAButtonPerChoice() {
        Outcome outcome = person.say("hi");

        assertThat(outcome.said()).hasSize(1);
        Said menu = outcome.said().get(0);
        assertThat(menu.text()).contains("1. " + replies.text(Language.ENGLISH, "menu.check"));
        assertThat(menu.text()).contains("7. " + replies.text(Language.ENGLISH, "menu.forget"));
        assertThat(menu.buttons())
                .extracting(b -> b.payload())
                .containsExactly(MenuChoice.ORDER.stream().map(Intent::payload).toArray(String[]::new));
    }

    @Test
    void menuNumberChoosesTheIntentInAnyScriptsDigits() {
        assertThat(person.say("1").said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "check.prompt"));
        assertThat(person.conversation().step()).isEqualTo(Step.AWAITING_OFFER);

        person.continueFrom(Conversation.start(chat, NOW));
        person.say("๒");
        assertThat(person.conversation().step()).isEqualTo(Step.AWAITING_RECRUITER);
    }

    @Test
    void buttonPayloadChoosesTheIntent() {
        person.tap(Intent.REPORT.payload());

        assertThat(person.conversation().step()).isEqualTo(Step.AWAITING_REPORT);
    }

    @Test
    void answersInTheLanguageThePersonWritesIn() {
        Outcome outcome = person.say("สวัสดีครับ");

        assertThat(outcome.conversation().language()).contains(Language.THAI);
        assertThat(outcome.said().get(outcome.said().size() - 1).text())
                .contains(replies.text(Language.THAI, "menu.intro"));
    }

    @Test
    void understandsWhatThePersonWantsInTheirLanguage() {
        person.say("สวัสดีครับ อยากตรวจสอบงานนี้");

        assertThat(person.conversation().step()).isEqualTo(Step.AWAITING_OFFER);
    }

    @Test
    void keepsTheConversationsLanguageForMessagesWithoutWords() {
        person.say("สวัสดีครับ");
        Outcome outcome = person.say("3");

        assertThat(outcome.said().get(0).text()).isEqualTo(replies.text(Language.THAI, "ask.prompt"));
    }

    @Test
    void pastedOfferIsCheckedWithoutGoingThroughTheMenu() {
        Outcome outcome = person.say("URGENT hiring customer service staff for Cambodia, salary 1500 USD per month, "
                + "no experience needed, free flight ticket and accommodation, contact on Telegram @fastjob");

        Said report = outcome.said().get(0);
        assertThat(report.text()).startsWith(replies.text(Language.ENGLISH, "check.verdict.HIGH_RISK"));
        assertThat(report.text()).contains(replies.text(Language.ENGLISH, "check.flags"));
        assertThat(report.text()).contains("fastjob");
        assertThat(report.buttons())
                .extracting(b -> b.payload())
                .containsExactly(Intent.REPORT.payload(), Intent.ASK_QUESTION.payload(), Intent.DISTRESS.payload());
        assertThat(person.conversation().step()).isEqualTo(Step.IDLE);
    }

    @Test
    void aKnownScamCompanyIsNamedAsSuchWhenARecruiterIsChecked() {
        person.say("2");
        Outcome outcome = person.say("Prince Holding Group Co., Ltd.");

        assertThat(outcome.said().get(0).text())
                .contains(replies.text(Language.ENGLISH, "recruiter.status.KNOWN_SCAM"));
    }

    @Test
    void anOfferIsExplainedInThePersonsLanguage() {
        Outcome outcome = person.say("รับสมัครพนักงานแอดมิน ทำงานที่กัมพูชา ไม่ต้องมีประสบการณ์ เงินเดือน 50,000 บาท "
                + "บินฟรี มีที่พักฟรี ติดต่อทางไลน์เท่านั้น รีบสมัครด่วน รับจำนวนจำกัด");

        assertThat(outcome.said().get(0).text())
                .doesNotStartWith(replies.text(Language.ENGLISH, "check.verdict.NO_KNOWN_RISK"));
        assertThat(outcome.conversation().language()).contains(Language.THAI);
    }

    @Test
    void distressRaisesTheEventAtOnceAndAsksOneNeutralQuestion() {
        person.say("1");
        Outcome outcome = person.say("please help me they took my passport and I cannot leave");

        assertThat(outcome.events()).singleElement().isInstanceOf(DistressDetected.class);
        assertThat(outcome.said()).singleElement().satisfies(said -> {
            assertThat(said.text()).isEqualTo(replies.text(Language.ENGLISH, "help.ack"));
            assertThat(said.text()).doesNotContainIgnoringCase("passport").doesNotContainIgnoringCase("police");
        });
        assertThat(person.conversation().step()).isEqualTo(Step.ASKING_SAFE_TO_TALK);
        assertThat(person.conversation().fact("distress")).contains("true");
    }

    @Test
    void distressAnswerIsRecordedAndSkippable() {
        person.say("help me please, I am trapped");
        person.say("no");

        assertThat(person.conversation().fact("safeToTalk")).contains("NO");
        assertThat(person.conversation().step()).isEqualTo(Step.IDLE);
    }

    @Test
    void reportIsFiledAsAnEventWithWhatThePersonWrote() {
        person.tap(Intent.REPORT.payload());
        Outcome outcome = person.say("Agency Sunrise Jobs took 20000 baht and disappeared, phone 0812345678");

        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(ReportFiled.class, report -> {
            assertThat(report.text()).contains("Sunrise Jobs");
            assertThat(report.chat()).isEqualTo(chat);
        });
        assertThat(outcome.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "report.saved"));
    }

    @Test
    void forgettingNeedsConfirmation() {
        Outcome asked = person.say("7");
        assertThat(asked.forget()).isFalse();
        assertThat(asked.said().get(0).buttons()).hasSize(2);

        Outcome done = person.tap(Answer.YES.payload());

        assertThat(done.forget()).isTrue();
        assertThat(done.events()).singleElement().isInstanceOf(ForgetRequested.class);
        assertThat(done.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "forget.done"));
    }

    @Test
    void forgettingIsCancelledByNo() {
        person.say("7");
        Outcome kept = person.say("no");

        assertThat(kept.forget()).isFalse();
        assertThat(kept.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "forget.kept"));
    }

    @Test
    void unknownTextGetsAnApologyAndTheMenu() {
        Outcome outcome = person.say("banana");

        assertThat(outcome.said()).hasSize(2);
        assertThat(outcome.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "fallback"));
    }

    @Test
    void photoWithoutCaptionIsAnsweredPolitely() {
        Outcome outcome = person.send(new InboundMessage(
                chat,
                "p1",
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.of(org.jaga.core.message.AttachmentKind.PHOTO),
                Optional.empty(),
                NOW));

        assertThat(outcome.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "unsupported.attachment"));
    }

    @Test
    void deletionsAndReactionsAreRecordedSilently() {
        assertThat(person.send(InboundMessage.event(chat, "d1", InboundKind.DELETED, NOW))
                        .said())
                .isEmpty();
        assertThat(person.send(InboundMessage.event(chat, "r1", InboundKind.REACTION, NOW))
                        .said())
                .isEmpty();
    }

    @Test
    void blockingIsRecordedAndNotAnswered() {
        Outcome outcome = person.send(InboundMessage.event(chat, "b1", InboundKind.BLOCKED, NOW));

        assertThat(outcome.said()).isEmpty();
        assertThat(person.conversation().fact(DialogueEngine.FACT_BLOCKED)).contains("true");
    }

    @Test
    void unsupportedKindsAreAnsweredPolitely() {
        Outcome outcome = person.send(InboundMessage.event(chat, "u1", InboundKind.UNSUPPORTED, NOW));

        assertThat(outcome.said())
                .singleElement()
                .extracting(Said::text)
                .isEqualTo(replies.text(Language.ENGLISH, "unsupported.attachment"));
    }

    @Test
    void anEditedMessageIsReadAgain() {
        Outcome outcome = person.send(InboundMessage.text(chat, "edit:1:2", "please help me, I am trapped", NOW)
                .ofKind(InboundKind.EDITED));

        assertThat(outcome.events()).singleElement().isInstanceOf(DistressDetected.class);
    }

    @Test
    void asksWhatRespondersNeedOneQuestionAtATime() {
        person.say("please help me, I am locked in and they took my passport");
        person.say("yes");
        Outcome located = person.send(new InboundMessage(
                chat,
                "loc",
                "",
                Optional.empty(),
                Optional.of(new GeoLocation(16.69, 98.51)),
                Optional.empty(),
                Optional.empty(),
                NOW));
        assertThat(located.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "help.askNationality"));
        // eight countries, "skip", and (on Telegram) the offer to wipe the chat
        assertThat(located.said().get(0).buttons()).hasSize(10);
        person.tap("nationality:PH");
        person.say("3");
        Outcome last = person.say("tonight after 11");

        assertThat(last.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "help.thanks"));
        assertThat(person.conversation().facts())
                .containsEntry("safeToTalk", "YES")
                .containsEntry("location", "shared")
                .containsEntry("lat", "16.69")
                .containsEntry("nationality", "PH")
                .containsEntry("people", "3")
                .containsEntry("nextContact", "tonight after 11");
        assertThat(person.conversation().step()).isEqualTo(Step.IDLE);
    }

    @Test
    void everyQuestionCanBeSkipped() {
        person.say("help me please, I am trapped");
        person.say("yes");
        Outcome next = person.tap("answer:SKIP");

        assertThat(next.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "help.askNationality"));
        assertThat(person.conversation().fact("location")).contains("skipped");
    }

    @Test
    void readsATypedNationalityInThePersonsLanguage() {
        person.say("tolong saya, paspor saya ditahan dan saya tidak bisa keluar");
        person.say("ya");
        person.say("di dekat Myawaddy");
        person.say("saya dari indonesia");

        assertThat(person.conversation().fact("nationality")).contains("ID");
    }

    @Test
    void whileACaseIsOpenMessagesAreNotedWithoutTheMenu() {
        person.say("help me please, I am trapped");
        person.say("no");
        Outcome later = person.say("hello? anyone?");

        assertThat(later.said())
                .singleElement()
                .extracting(Said::text)
                .isEqualTo(replies.text(Language.ENGLISH, "help.noted"));
        assertThat(later.events()).singleElement().isInstanceOf(DistressDetected.class);
    }

    @Test
    void aQuestionIsAnsweredFromTheVettedAdvisories() {
        Outcome outcome = person.say("Can I work in Thailand on a tourist visa?");

        String answer = outcome.said().get(0).text();
        assertThat(answer).containsIgnoringCase("work permit");
        assertThat(answer).contains(replies.text(Language.ENGLISH, "ask.sources"));
    }

    @Test
    void aQuestionWithoutAVettedAnswerSaysSo() {
        person.say("3");
        Outcome outcome = person.say("what is the weather like on the moon today?");

        assertThat(outcome.said().get(0).text()).isEqualTo(replies.text(Language.ENGLISH, "ask.noAnswer"));
    }
}
