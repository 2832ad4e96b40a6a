package org.jaga.core.triage;

import static org.jaga.core.triage.Concept.CANNOT_TALK;
import static org.jaga.core.triage.Concept.CONFINEMENT;
import static org.jaga.core.triage.Concept.DEBT_OR_RANSOM;
import static org.jaga.core.triage.Concept.FORCED_SCAMMING;
import static org.jaga.core.triage.Concept.NOT_AS_PROMISED;
import static org.jaga.core.triage.Concept.PASSPORT_TAKEN;
import static org.jaga.core.triage.Concept.PLEA_FOR_HELP;
import static org.jaga.core.triage.Concept.RELATIVE_ABROAD;
import static org.jaga.core.triage.Concept.VIOLENCE_OR_THREAT;

import java.util.List;

/**
 * Korean. Jaga does not answer in Korean, but hundreds of Koreans were lured into the compounds of
 * Cambodia in 2025 and their families write for them; a plea must not go unread for its
 * language. Particles are written onto the word ("여권을", "여권이"), so cues are stems; the
 * negation that matters stands before the verb ("안 때려요"), while "못 나가" carries its own.
 */
final class KoreanCues {
    private static final String PASSPORT = "(?:여권|패스포트|passport)";
    private static final String KIN =
            "(?:아들|딸|남편|아내|와이프|남동생|여동생|동생|형|오빠|누나|언니|조카|사촌|아버지|아빠|어머니|엄마|손자|손녀" + "|남자\\s?친구|여자\\s?친구|남친|여친|가족|식구)";
    private static final String ABROAD =
            "(?:캄보디아|캄보|미얀마|라오스|태국|필리핀|베트남|프놈펜|시아누크빌|시하누크빌|포이펫|바벳|보코|캄폿|몬돌끼리" + "|미야와디|먀와디|골든\\s?트라이앵글|동남아|해외)";
    /** Held: confined, locked in, kidnapped, detained. */
    private static final String HELD =
            "감금(?:당|돼|되|됐|된|시켜|시키|하고|했|해)|갇혀|갇혔|갇힌|가둬|가뒀|가두고|억류(?:당|돼|되|됐|된)" + "|납치(?:당|돼|되|됐|된|해|했)|붙잡혀\\s?있|잡혀\\s?있";

    private KoreanCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                List.of(
                        Cue.strong(CONFINEMENT, HELD),
                        // they do not let us out, do not send us home
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "(?:나가지|나오지|돌아가지|귀국하지)\\s?못하게|못\\s?(?:나가|나오|돌아가)게\\s?(?:해|하|막)|(?:안|못)\\s?(?:내보내|보내|풀어)\\s?(?:줘|준|주고|줄)"
                                        + "|(?:내보내|보내|풀어)\\s?주지\\s?않|빠져나갈\\s?수(?:가|도)?\\s?없|탈출(?:할|은|도)?\\s?(?:수\\s?(?:가|도)?\\s?)?(?:없|불가능|못)"),
                        // can't leave, can't go home: also said of overtime and rain
                        Cue.fixed(
                                CONFINEMENT,
                                1,
                                "못\\s?(?:나가|나와|빠져나|돌아가)|(?:나갈|나올|돌아갈)\\s?수(?:가|도)?\\s?없|집에\\s?못\\s?가|귀국(?:을|도)?\\s?못"),
                        Cue.weak(CONFINEMENT, "경비(?:원|가|들)|무장|총을\\s?든|총\\s?든|철조망|담장|탈출|단지\\s?안"),
                        Cue.near(
                                PASSPORT_TAKEN,
                                2,
                                PASSPORT,
                                "뺏|빼앗|뺐|압수|가져\\s?(?:가|갔)|걷어\\s?(?:가|갔)|회수|(?:안|못)\\s?돌려|돌려\\s?(?:주지|받지)\\s?(?:않|못)"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "(?:두들겨|얻어)\\s?맞|매(?:를)?\\s?맞|(?:에게|한테|한테서|들한테|으로|몽둥이로|파이프로)\\s?맞(?:았|고|아|는|을)|폭행(?:을)?\\s?(?:당|하|했)"
                                        + "|구타|고문|전기\\s?(?:충격|고문|봉)|전기충격기|테이저|몽둥이|쇠파이프|각목"
                                        + "|죽이겠|죽인다|죽여\\s?버리|죽일\\s?거|장기(?:를)?\\s?(?:팔|적출|떼)|협박(?:당|을\\s?당|해|하|했)"),
                        Cue.weak(VIOLENCE_OR_THREAT, "때리(?:고|는|면|더라)|때려|때렸|맞았(?:어|다|어요|습니다)|벌(?:을)?\\s?(?:받|세)|기합"),
                        Cue.fixed(
                                VIOLENCE_OR_THREAT,
                                1,
                                "밥(?:을|도)?\\s?(?:안|못)\\s?(?:줘|주|준|먹)|굶(?:기|겨|었)|잠(?:을|도)?\\s?못\\s?자게|(?:월급|돈)(?:을|도)?\\s?(?:안|못)\\s?(?:줘|주|받)"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "몸값|위약금|팔려\\s?(?:갔|왔|간|감|가|서)|(?:다른\\s?(?:회사|단지|조직|곳)에?)\\s?(?:팔|넘기|넘겨)"),
                        Cue.near(
                                DEBT_OR_RANSOM,
                                2,
                                "(?:돈|원|달러|만\\s?원|천만|억|송금|입금)",
                                "(?:풀어|내보내|보내|석방해)\\s?(?:주|준|줄)(?:다|대|단|겠|려면|는)|나갈\\s?수\\s?있|귀국\\s?(?:시켜|할\\s?수)"
                                        + "|(?:가족|부모님?|집)(?:에|한테|에게)?(?:…)?(?:요구|보내라|달라|보내야|입금해야)|보내\\s?(?:달라|달래|라고|라는|라)|(?:송금|입금)하라"),
                        Cue.weak(DEBT_OR_RANSOM, "빚|채무|벌금"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "(?:보이스\\s?피싱|사기|스캠|피싱|범죄)(?:를|을|에)?\\s?(?:강제로\\s?|억지로\\s?|매일\\s?)?(?:강요|시키|시켰|시킨|하게\\s?(?:해|했|하|만들)|가담(?:하게|시키|시켰)|치게|치라고)"
                                        + "|강제로\\s?(?:일|사기|범죄|보이스)|억지로\\s?(?:일|사기)"),
                        Cue.weak(FORCED_SCAMMING, "보이스\\s?피싱|로맨스\\s?스캠|스캠|실적|할당량|목표(?:량|치)|대본|가짜\\s?(?:계정|프로필)"),
                        Cue.strong(
                                NOT_AS_PROMISED,
                                "끌려\\s?(?:왔|갔|가|와|온|간)|(?:말|얘기|약속|광고|공고)(?:과|와|이랑|하고|랑)\\s?(?:전혀\\s?|완전\\s?)?(?:달라|다른|다르)"),
                        Cue.weak(NOT_AS_PROMISED, "속았|속아|고수익\\s?알바|고액\\s?알바|꿀알바|취업\\s?사기"),
                        // "I am in Cambodia": one sign, for a plea or a fear to complete
                        Cue.weak(NOT_AS_PROMISED, ABROAD + "(?:에|에서)?\\s?(?:있어|있어요|있습니다|있다|있는데|와\\s?있|왔는데)"),
                        Cue.strong(
                                CANNOT_TALK,
                                "(?:휴대폰|핸드폰|폰|전화기)(?:을|를|도|은|는)?\\s?(?:뺏|빼앗|압수|걷어|검사|검열|감시)|몰래\\s?(?:연락|보내|쓰|문자|메시지|전화)|감시(?:가|를)?\\s?(?:심|당|받)"),
                        Cue.fixed(
                                CANNOT_TALK,
                                1,
                                "말(?:을)?\\s?못\\s?해|길게\\s?못\\s?(?:써|해)|지금\\s?(?:통화|전화)(?:는)?\\s?(?:못|안\\s?돼)|답장\\s?하지\\s?마|전화하지\\s?마"),
                        Cue.weak(CANNOT_TALK, "지켜보|감시|옆에서\\s?(?:보|지켜)|(?:메시지|문자|대화)(?:를|는)?\\s?(?:지워|삭제)"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "살려\\s?(?:주세요|줘|주십시오|달라|주실)|구해\\s?(?:주세요|줘|주십시오|달라)|구출해\\s?(?:주세요|줘|달라)|꺼내\\s?(?:주세요|줘)"
                                        + "|데리러\\s?(?:와|오)|제발\\s?도와|(?<![a-z])sos(?![a-z])"),
                        Cue.weak(PLEA_FOR_HELP, "도와\\s?(?:주세요|줘|주십시오|달라)|도움이\\s?필요|신고해\\s?(?:주세요|줘)|제발"),
                        Cue.near(
                                RELATIVE_ABROAD,
                                2,
                                KIN,
                                HELD + "|몸값|연락(?:이)?\\s?(?:끊|두절|안\\s?(?:돼|되|됩))|팔려|맞았|맞고|맞은|고문|살려|구해|돌아오지\\s?못|못\\s?돌아",
                                60),
                        Cue.near(RELATIVE_ABROAD, 1, KIN, ABROAD),
                        Cue.weak(RELATIVE_ABROAD, "연락(?:이)?\\s?(?:끊겼|끊긴|끊어|두절|안\\s?(?:돼|되|됩))|실종")),
                // "안 하면" is "if not": a condition, not a denial of what follows
                LanguageCues.anywhere("(?<![\\p{L}])안(?![\\p{L}])(?!\\s[가-힣]*면(?![가-힣]))"),
                LanguageCues.anywhere(
                        "만약|만일|혹시|경우(?:에)?|라면|다면|(?:을|ㄹ)까(?:요)?|나요|인가요|건가요|는지|을지|주의|조심|사실인가|진짜인가|맞나요|괜찮을까|괜찮나"),
                LanguageCues.anywhere("[가-힣]면(?=\\s|$|[,.])"),
                LanguageCues.anywhere("따르면|경찰은|당국|외교부|피해자들|송환|구출(?:됐|되었|된)|기자|보도|밝혔다|전했다"));
    }
}
