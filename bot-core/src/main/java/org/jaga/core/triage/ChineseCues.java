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
import org.jaga.knowledge.language.Language;

/** Chinese, simplified and traditional alike. */
final class ChineseCues {
    private static final String WE = "(?:我们|我們|我|大家|人)?";
    private static final String PASSPORT = "(?:护照|護照|证件|證件)";
    private static final String KIN = "(?:儿子|兒子|女儿|女兒|弟弟|哥哥|妹妹|姐姐|老公|丈夫|老婆|妻子|孩子|侄子|外甥|表弟|表哥|家人)";

    private ChineseCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Language.CHINESE,
                List.of(
                        Cue.fixed(NOT_AS_PROMISED, 2, "不知道(?:我们|我們|我)?(?:现在|現在)?(?:在|是)(?:哪|哪里|哪裡|哪儿|哪兒|什么地方|什麼地方)"),
                        Cue.fixed(CONFINEMENT, 2, "不(?:放|让走|讓走)(?:我们|我們|我|人)|不肯放(?:人|我们|我們|我)|限制(?:人身)?自由"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "(?:被)?(?:转卖|轉賣|卖掉|賣掉|倒卖|倒賣)|(?:要|让|讓)(?:…)?(?:家里|家裡|家人)(?:…)?(?:交|给|給|打|付|转|轉)(?:…)?(?:钱|錢|万|萬)"),
                        Cue.strong(FORCED_SCAMMING, "(?:逼|强迫|強迫|被迫|被逼)(?:我们|我們|我)?(?:每天)?(?:工作|上班|干活|幹活)"),
                        Cue.weak(
                                FORCED_SCAMMING,
                                "(?:每天|一天)(?:工作)?(?:1[2-9]|2[0-4]|十[二三四五六七八九]|二十)(?:个|個)?小时|(?:每天|一天)(?:工作)?(?:1[2-9]|2[0-4]|十[二三四五六七八九]|二十)(?:个|個)?小時"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "(?:儿子|兒子|女儿|女兒|弟弟|哥哥|妹妹|姐姐|老公|丈夫|老婆|妻子|孩子|侄子|外甥|表弟|表哥|表妹|表姐|家人)(?:…)?(?:打电话|打電話|发消息|發消息|发信息|發信息|视频|視頻|打来|打來)(?:…)?(?:哭|求救|求助|救)"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "(?:救救|救|帮帮|幫幫|解救)(?:…)?(?:我的)?(?:儿子|兒子|女儿|女兒|弟弟|哥哥|妹妹|姐姐|老公|丈夫|孩子|家人)"),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "出不去|走不了|逃不(?:出|掉|了)|不(?:让|讓|准|给|給)" + WE
                                        + "(?:出去|离开|離開|走|出门|出門|外出|回国|回國)|不能(?:出去|离开|離開|外出|出园区|出園區)"),
                        Cue.strong(CONFINEMENT, "被(?:关|關|锁|鎖|囚禁|扣押|扣留|拘禁|软禁|軟禁|绑架|綁架|限制(?:人身)?自由|控制)|关在|關在|囚禁|软禁|軟禁"),
                        Cue.strong(CONFINEMENT, "(?:持枪|持槍|拿枪|拿槍|带枪|帶槍)的?(?:保安|守卫|守衛|看守)|看守很(?:严|嚴)"),
                        Cue.weak(CONFINEMENT, "困在|被困|逃跑|逃出|回不去"),
                        Cue.strong(
                                PASSPORT_TAKEN,
                                PASSPORT + "(?:…)?(?:被(?:收|扣|拿|没收|沒收|扣押|扣留)|收走|扣了|拿走|没收|沒收|扣押|扣留|在老板|在老闆|在公司)"),
                        Cue.strong(PASSPORT_TAKEN, "(?:收|扣|拿|没收|沒收|扣押)(?:了|走)?" + WE + "的?" + PASSPORT),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "被(?:打|殴打|毆打|电|電|电击|電擊|折磨|虐待|体罚|體罰|惩罚|懲罰|威胁|威脅|强奸|強姦|关水牢|關水牢|踢|扇|罚|罰)"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "电棍|電棍|电击|電擊|水牢|小黑屋|割腰子|(?:卖|賣|摘)器官|打(?:我们|我們|我)|威(?:胁|脅)(?:…)?(?:杀|殺|卖|賣|打)"),
                        Cue.weak(VIOLENCE_OR_THREAT, "(?:要|会|會)(?:杀|殺|卖|賣|打死)(?:了)?(?:我们|我們|我)|威胁|威脅|恐吓|恐嚇"),
                        Cue.strong(DEBT_OR_RANSOM, "赎金|贖金|赎身|贖身|赎人|贖人|(?:交|给|給|付|赔|賠)(?:钱|錢|偿|償)(?:…)?才(?:能|可以|放|让|讓)"),
                        Cue.strong(
                                DEBT_OR_RANSOM, "(?:被)?(?:卖|賣|转卖|轉賣)(?:到|给|給)(?:别的|別的|另一个|另一個|其他)?(?:公司|园区|園區|老板|老闆)"),
                        Cue.weak(DEBT_OR_RANSOM, "赔偿|賠償|赔钱|賠錢|违约金|違約金|欠债|欠債"),
                        Cue.strong(FORCED_SCAMMING, "(?:逼|强迫|強迫|被迫|被逼)(?:…)?(?:诈骗|詐騙|骗人|騙人|做业绩|做業績|杀猪|殺豬|做单|做單)"),
                        Cue.strong(FORCED_SCAMMING, "(?:完不成|没完成|沒完成|达不到|達不到|不达标|不達標)(?:…)?(?:业绩|業績|任务|任務|指标|指標|kpi)?"),
                        Cue.weak(FORCED_SCAMMING, "诈骗|詐騙|杀猪盘|殺豬盤|业绩|業績"),
                        Cue.strong(
                                NOT_AS_PROMISED,
                                "被(?:骗|騙|带|帶|卖|賣)(?:到|去|来|來)(?:…)?(?:缅甸|緬甸|柬埔寨|老挝|寮國|老撾|园区|園區|妙瓦底|这里|這裡|这边|這邊)"),
                        Cue.weak(NOT_AS_PROMISED, "被(?:骗|騙)了?|偷渡|(?:说好|說好)的(?:…)?(?:不是|不一样|不一樣)|不是(?:说好|說好)的"),
                        Cue.strong(
                                CANNOT_TALK,
                                "(?:查|检查|檢查|收|没收|沒收|收走)(?:…)?(?:手机|手機)|(?:删|刪)(?:掉|除)?(?:…)?(?:聊天|记录|記錄|信息|訊息|消息)|看完(?:就)?(?:删|刪)"),
                        Cue.fixed(CANNOT_TALK, 1, "不方便(?:说|說|讲|講|聊)|偷偷|悄悄"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "救救|救命|求救|救我|(?:帮帮|幫幫)(?:我们|我們|我)(?!看|查|分析|确认|確認)|救(?:我们|我們)|(?<![a-z])sos(?![a-z])"),
                        Cue.weak(PLEA_FOR_HELP, "帮帮忙|幫幫忙|求求(?:你|你们|你們)|求助"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                KIN + "(?:…)?(?:被(?:关|關|扣|困|骗|騙|卖|賣|打|控制|绑架|綁架)|困在|回不来|回不來|出不来|出不來|失联|失聯)"),
                        Cue.weak(RELATIVE_ABROAD, "失联|失聯|联系不上|聯繫不上|聯絡不上")),
                LanguageCues.anywhere("没有|沒有|没|沒|不是|并没|並沒|未"),
                LanguageCues.anywhere(
                        "吗|嗎|会不会|會不會|是不是|是否|万一|萬一|假如|要是|怎么样|怎麼樣|靠谱|靠譜|听说|聽說|有没有|有沒有|安全|怎么帮|怎麼幫|如何帮|如何幫|帮助被|幫助被"),
                LanguageCues.anywhere("如果|会|會"),
                LanguageCues.anywhere("新闻|新聞|报道|報導|报导|據報|据报|消息称|消息稱|记者|記者|通报|通報|官方"));
    }
}
