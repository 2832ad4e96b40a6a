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
 * Japanese. Jaga does not answer in Japanese, but Japanese youths have been lured by "dark part
 * time jobs" (闇バイト) into the compounds of Myanmar and Cambodia, and write home from there.
 * Japanese negates after the verb ("出られない"), so every cue that is a denial carries its own
 * negation and none is cancelled by a word before it.
 */
final class JapaneseCues {
    private static final String PASSPORT = "(?:パスポート|旅券|passport)";
    private static final String KIN = "(?:息子|娘|夫|主人|旦那|妻|嫁|弟|兄|妹|姉|甥|姪|孫|彼氏|家族|子ども|子供)";
    private static final String ABROAD = "(?:ミャンマー|カンボジア|ラオス|(?<![ァ-ヶー])タイ(?![ァ-ヶー])|フィリピン|ベトナム|プノンペン|シアヌークビル|シハヌークビル"
            + "|ポイペト|バベット|ミャワディ|kkパーク|ゴールデントライアングル|東南アジア|国境)";
    private static final String NOT = "(?:ない|なかった|ません|ず)";
    private static final String HELD = "監禁|軟禁|閉じ込め(?:られ|て)|拘束(?:され|されて)|拉致(?:され)?|捕まって(?:い|る)";

    private JapaneseCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                List.of(
                        Cue.strong(CONFINEMENT, HELD),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "(?:出して|帰して|帰らせて|外に出させて)(?:もらえ|くれ)" + NOT + "|(?:外|そと)に(?:一歩も)?出させてもらえ" + NOT),
                        // can't get out, can't go home: also said of overtime and a typhoon
                        Cue.fixed(CONFINEMENT, 1, "(?<!電話に|電話には)(?:出られ|帰れ|逃げられ|抜け出せ|戻れ)" + NOT),
                        Cue.weak(CONFINEMENT, "武装|銃を持った|見張り|鉄条網|鉄格子|脱出|逃げ出し"),
                        Cue.near(
                                PASSPORT_TAKEN,
                                2,
                                PASSPORT,
                                "取り上げ|取られ|奪われ|没収|預け(?:させ)?られ|返して(?:もらえ|くれ)" + NOT + "|返さ(?:れ)?" + NOT
                                        + "|持って(?:いかれ|行かれ)|(?:会社|ボス|上司)が(?:保管|管理|持って)"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "殴られ|殴る蹴る|暴行(?:され|を受け)|蹴られ|電気ショック|電気棒|スタンガン|拷問|殺す(?:ぞ|と)|殺され|臓器(?:を)?(?:売|取)"
                                        + "|脅され|脅迫され|叩かれ|むち打ち|体罰"),
                        Cue.fixed(
                                VIOLENCE_OR_THREAT,
                                1,
                                "罰(?:として|を受け)|(?:ご飯|ごはん|食事|食べ物)(?:を|は|も)?(?:もらえ|くれ|与えられ|食べさせてもらえ)" + NOT + "|寝かせてもらえ"
                                        + NOT + "|(?:給料|給与)(?:を|は|も)?(?:もらえ|払われ|払ってもらえ)" + NOT),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "身代金|違約金|売られ(?:た|て)|転売され|別の(?:会社|組織|グループ)に(?:売|渡)|借金(?:を)?(?:返すまで|返せ|背負わされ)"),
                        Cue.near(
                                DEBT_OR_RANSOM,
                                2,
                                "(?:お金|金|ドル|万円|円)",
                                "(?:払わ|送ら|振り込ま)(?:ないと|なければ)|払え|送れ|振り込め|要求|(?:払え|払ったら|払えば|送れば|送ったら)(?:…)?(?:帰|解放|出)|家族に(?:…)?(?:要求|請求)"),
                        Cue.weak(DEBT_OR_RANSOM, "借金|罰金"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "(?:詐欺|かけ子|だます仕事|騙す仕事|犯罪)(?:を|の仕事を)?(?:させられ|やらされ|強要|強制|手伝わされ)"
                                        + "|(?:無理やり|無理矢理|強制的に)(?:…)?(?:働か|詐欺|電話|仕事|やらされ)"),
                        Cue.weak(FORCED_SCAMMING, "特殊詐欺|かけ子|ロマンス詐欺|投資詐欺|ノルマ|台本|偽(?:の)?(?:アカウント|プロフィール)"),
                        Cue.strong(
                                NOT_AS_PROMISED,
                                "連れて(?:こられ|来られ|行かれ|いかれ)|(?:話|聞いていた(?:話)?|約束|求人)(?:と|とは)(?:全然|まったく|全く)?(?:違|ちが)"),
                        Cue.weak(NOT_AS_PROMISED, "騙され|だまされ|闇バイト|高収入(?:の)?(?:仕事|バイト)"),
                        // "I am in Myanmar": one sign, for a plea or a fear to complete
                        Cue.weak(NOT_AS_PROMISED, ABROAD + "(?:に|で)(?:いる|います|居る|居ます|監禁|拘束)"),
                        Cue.strong(
                                CANNOT_TALK,
                                "(?:スマホ|携帯|電話)(?:…)?(?:取り上げ|没収|チェック|監視|回収)|監視され|見張られ|(?:隠れて|こっそり)(?:連絡|送|書|電話)"),
                        Cue.fixed(
                                CANNOT_TALK,
                                1,
                                "話せ(?:ない|ません)|電話(?:に|には)?出られ(?:ない|ません)|長く(?:は)?書け(?:ない|ません)|返信しないで|電話しないで"),
                        Cue.weak(CANNOT_TALK, "監視|見られて(?:い|る)|(?:誰か|だれか)に聞かれて"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "(?:命|ここから|早く|至急|お願い|私たち|僕たち|僕ら|俺ら)(?:…)?(?:助けて|救って|救出)|(?:助けて|救って)(?:…)?(?:お願い|早く|ここから)"
                                        + "|救出(?:して|を)|(?<![a-z])sos(?![a-z])"),
                        Cue.weak(PLEA_FOR_HELP, "助けて|たすけて|救って|助けが(?:必要|欲しい|ほしい)"),
                        Cue.near(
                                RELATIVE_ABROAD,
                                2,
                                KIN,
                                HELD + "|身代金|連絡が(?:取れ|つか)(?:ない|なく)|連絡が途絶え|帰って(?:こ|来)(?:ない|られない)|売られ|殴られ|助けて|救出",
                                40),
                        Cue.near(RELATIVE_ABROAD, 1, KIN, ABROAD),
                        Cue.weak(RELATIVE_ABROAD, "連絡が(?:取れ|つか)(?:ない|なく)|連絡が途絶え|音信不通|行方不明")),
                LanguageCues.anywhere("(?!)"),
                LanguageCues.anywhere("もし|もしも|ですか|ますか|でしょうか|かな|って本当|大丈夫(?:です)?か|注意|気をつけ|場合"),
                LanguageCues.anywhere("たら|なら|れば"),
                LanguageCues.anywhere("によると|警察は|当局|外務省|報道|記者|容疑者|逮捕|保護され|送還|被害者ら"));
    }
}
