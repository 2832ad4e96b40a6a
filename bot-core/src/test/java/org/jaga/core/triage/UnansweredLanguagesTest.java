package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Korean, Japanese and Hindi: Jaga does not answer in them, but a plea written in them is read,
 * whatever language the conversation was detected in — and their job ads, news, jokes and
 * jobseekers' questions stay quiet.
 */
class UnansweredLanguagesTest {
    static final List<String> DISTRESS = List.of(
            // Korean: confined, passport, beaten, ransom, forced to scam, relatives, a plea with a place
            "캄보디아 단지에 감금돼 있어요. 여권도 뺏겼어요",
            "여기서 나가지 못하게 해요 경비들이 총 들고 있어요",
            "실적 못 채우면 전기봉으로 맞아요. 너무 무서워요",
            "부모님한테 돈 3천만원 보내야 풀어준대요",
            "보이스피싱을 강제로 시켜요. 안 하면 때려요",
            "저희 아들이 캄보디아에서 연락이 끊겼는데 납치됐다는 전화가 왔어요",
            "동생이 미얀마에 팔려 갔대요 제발 도와주세요",
            "프놈펜에 있어요 살려주세요",
            "지금 말 못 해요 옆에서 지켜보고 있어요. 폰 검사해요",
            // Japanese
            "ミャンマーにいる。助けて欲しい",
            "パスポートを取り上げられて、外に出られません",
            "カンボジアの施設に監禁されています。早く助けてください",
            "ノルマが達成できないと殴られる。詐欺をやらされています",
            "息子がカンボジアで拘束されているようです。身代金を要求されました",
            "聞いていた話と全然違う。国境を越えて連れてこられた",
            "電話には出られない。スマホは毎晩没収される",
            // Hindi
            "हमें म्यांमार में बंधक बना रखा है, पासपोर्ट छीन लिया है",
            "मेरा भाई कंबोडिया में फंस गया है, वो लोग उसे पीटते हैं",
            "टारगेट पूरा नहीं हुआ तो करंट लगाते हैं। प्लीज हमें यहां से निकालो",
            "कंपनी कहती है तीन लाख रुपये दो तभी छोड़ेंगे",
            "हमसे जबरदस्ती ठगी का काम करवाते हैं, बाहर नहीं जाने देते",
            "मैं म्यावड्डी में हूँ, बचाओ");

    static final List<String> NOT_DISTRESS = List.of(
            // Korean: an ad, a jobseeker's question, news, a joke, overtime
            "[채용] 캄보디아 프놈펜 고객상담 모집 / 월급 500만 원 / 숙소 제공 / 경력 무관",
            "캄보디아 고수익 알바 제안 받았는데 여권을 회사가 보관한다고 하네요. 괜찮나요?",
            "경찰에 따르면 캄보디아에서 감금됐던 한국인 64명이 구출돼 송환됐다",
            "야근 때문에 오늘도 집에 못 가 ㅋㅋ 살려줘",
            "비 와서 못 나가요. 집에 있을게요",
            "드라마 주인공이 캄보디아에 감금되는 장면 너무 무서웠어",
            // Japanese
            "【募集】カンボジア在住 日本語カスタマーサポート 月給2000ドル 寮完備 未経験OK",
            "タイの求人でパスポートを会社が預かると言われました。大丈夫ですか？",
            "警察によると、カンボジアで監禁されていた日本人の男性が保護され送還された",
            "残業で今日も帰れない（笑）",
            "台風で外に出られないから家でゲームしてる",
            // Hindi
            "भर्ती: थाईलैंड में कस्टमर सपोर्ट, वेतन 80,000 रुपये, अनुभव की आवश्यकता नहीं",
            "पुलिस ने बताया कि म्यांमार से 283 भारतीय नागरिकों को रेस्क्यू कर वापस लाया गया",
            "क्या थाईलैंड की यह नौकरी सही है? वो पासपोर्ट जमा करवाने को कह रहे हैं",
            "ट्रैफिक में फंस गए हैं, आधा घंटा लेट होंगे");

    @ParameterizedTest
    @FieldSource("DISTRESS")
    void readsAPleaInALanguageJagaDoesNotAnswerIn(String text) {
        assertThat(Triaged.DETECTOR.assess(text, Optional.empty()).distress())
                .as(text + " " + Triaged.DETECTOR.explain(text, Optional.empty()))
                .isTrue();
    }

    @ParameterizedTest
    @FieldSource("NOT_DISTRESS")
    void keepsQuietOnTheirAdsNewsJokesAndQuestions(String text) {
        assertThat(Triaged.DETECTOR.assess(text, Optional.empty()).distress())
                .as(text + " " + Triaged.DETECTOR.explain(text, Optional.empty()))
                .isFalse();
    }

    @ParameterizedTest
    @FieldSource("DISTRESS")
    void readsThemInAnEnglishConversationToo(String text) {
        assertThat(Triaged.SHIPPED
                        .assess(text, Optional.of(org.jaga.knowledge.language.Language.ENGLISH))
                        .distress())
                .as(text)
                .isTrue();
    }
}
