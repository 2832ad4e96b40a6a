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
import java.util.stream.Stream;

/**
 * Chinese, simplified and traditional alike, with the mainland, Taiwanese and Malaysian colloquial
 * forms ("被扁", "kena打") and the slang of the compounds ("园区", "狗推", "开单", "小黑屋").
 * Concepts are word sets said near each other, so that they hold whatever the word order.
 */
final class ChineseCues {
    private static final String WE = "(?:我们|我們|我|大家|人)?";
    private static final String PERSON = "(?:我们|我們|我|他们|他們|他|她|人|大家)";
    /** Who does it, said or not after 被: 被打, 被他们打, 被保安打. */
    private static final String AGENT = "(?:人|他们|他們|保安|主管|老板|老闆|组长|組長|打手|管理)?";

    private static final String HIM = "(?:我们|我們|我|他们|他們|他|她|大家)";
    private static final String PASSPORT = "(?:护照|護照|证件|證件|身份证|身份證|passport)";
    private static final String KIN = "(?:儿子|兒子|女儿|女兒|弟弟|哥哥|妹妹|姐姐|老公|丈夫|老婆|妻子|孩子|小孩|侄子|侄女|外甥|表弟|表哥|表妹|表姐"
            + "|堂弟|堂哥|堂妹|堂姐|家人|亲戚|親戚|我弟|我哥|我姐|我妹|小弟|爸爸|妈妈|媽媽|我爸|我妈|我媽|男朋友|女朋友|男友|女友|细佬|細佬|家姐|阿弟)";
    private static final String PLACE = "(?:缅甸|緬甸|柬埔寨|柬|老挝|老撾|寮國|菲律宾|菲律賓|园区|園區|妙瓦底|kk|西港|金三角|边境|邊境|对面|對面|山里|山裡)";
    /** Taken somewhere by deceit or force; said of oneself it is distress, of others it may be news. */
    private static final String MISLED = "被" + AGENT + "(?:骗|騙|拐|卖|賣|带|帶|拉|运|運|送|弄)(?:…)?(?:到|去|来|來|进|進|过|過)";

    private static final String ELSEWHERE = PLACE + "|这里|這裡|这边|這邊|别的国家|別的國家|另一个国家|另一個國家";
    /** Whom a person answers to in a compound, or who guards it. */
    private static final String BOSS = "(?:主管|组长|組長|保安|看守|打手|监工|監工|管理|狗腿|他们|他們|有人|老板|老闆)";

    /** Taking, keeping or holding on to a passport. */
    private static final String KEEP = "扣|收(?:走|了|去|掉|起来|起來|着|著)|被收|拿走|拿去|没收|沒收|保管|代管|押(?:着|著|在|走)"
            + "|(?<!放|留|忘|存)在(?:公司|老板|老闆|人事|hr|主管|经理|經理|中介|他们|他們|财务|財務|行政)(?!附近|旁边|旁邊|楼下|樓下|对面|對面)|不还|不還|要不回|拿不回|上交|交给公司|交給公司";
    /** Being beaten, shocked or tortured, in plain and colloquial forms. */
    private static final String BEATEN = "被" + AGENT + "(?:打|揍|扁|殴打|毆打|暴打|毒打|痛打|围殴|圍毆|群殴|群毆|踢|扇|k)"
            + "(?!扰|擾|劫|脸|臉|动|動|败|敗|回|折|开|開|击|擊|压|壓|卡|字|印|包|车|車|掉|工|通|针|針|款|单|單|钱|錢|话|話|出|球|算|发|發|造|响|響|碎|乱|亂|上|下|入|进|進|[a-z])"
            + "|(?:挨|吃)(?:了)?(?:打|揍|顿打|頓打|棍子|电棍|電棍)|(?:给|給|让|讓|叫)(?:人|他们|他們|保安|主管|老板|老闆)打(?:了|得|成|到)"
            + "|打" + HIM + "(?!们|們|电话|電話|手机|手機|视频|視頻|的电话|的電話|卡|招呼|工|车|車|字|游戏|遊戲|球|麻将|麻將|牌|针|針|钱|錢|款|扰|擾|听|聽|气|氣|包|个|個)"
            + "|打(?:断|斷)(?:了)?(?:腿|手|胳膊|骨头|骨頭|肋骨)|(?:腿|手|胳膊|骨头|骨頭|肋骨)(?:都)?(?:被)?打(?:断|斷|骨折)"
            + "|打(?:残|殘|伤|傷|晕|暈|肿|腫|骨折|出血|吐血)|打得(?:半死|要死|很惨|很慘|站不|起不|浑身|渾身|遍体|遍體|满身|滿身|鼻青|头破|頭破|流血|出血)"
            + "|往死里打|往死裡打|拳打脚踢|拳打腳踢|扇(?:耳光|巴掌)|打(?:耳光|巴掌)|(?:用|拿)(?:着|著)?(?:棍子|棒子|皮带|皮帶|电线|電線|水管|钢管|鋼管|电棍|電棍)(?:…)?(?:打|抽)";

    private static final String SHOCKED = "电击|電擊|电棍|電棍|电警棍|電警棍|过电|過電|被(?:电|電)(?!话|話|脑|腦|视|視|影|梯|到)" + "|(?:电|電)"
            + PERSON + "(?!们|們|话|話|脑|腦|视|視|影|梯)|kena ?(?:打|电|電|罚|罰)";
    private static final String TORTURE =
            "小黑屋|水牢|狗笼|狗籠|关禁闭|關禁閉|禁闭|禁閉|吊起来|吊起來|绑起来|綁起來|烟头烫|煙頭燙|菸頭燙|割腰子|(?:卖|賣|摘)(?:…)?器官";
    /** The commonest words of a beating, to find near another word without the cost of all of them. */
    private static final String PUNISHED =
            "被" + AGENT + "(?:打|揍|扁|电|電|关|關)|挨(?:打|揍)|打(?:人|我|断|斷|死)|电击|電擊|电棍|電棍|小黑屋|水牢|(?:关|關)(?:起来|起來)";
    /** Punishment by deprivation or humiliation, the compounds' everyday discipline. */
    private static final String DEPRIVED =
            "不给(?:饭|飯)|不給飯|(?:没|沒)(?:饭|飯)吃|不(?:让|讓|准)(?:吃饭|吃飯|睡|睡觉|睡覺|休息)|饿(?:了)?[一两三几]天|餓(?:了)?[一兩三幾]天"
                    + "|罚站|罰站|罚跪|罰跪|跪(?:着|著|一晚|一夜|整晚|到天亮)|站(?:一|整|通)(?:晚|夜|宵)|站到天亮|不给(?:工资|钱)|不給(?:工資|錢)|不发工资|不發工資"
                    + "|被修理|被教训|被教訓|被收拾|体罚|體罰|惩罚|懲罰|被(?:罚|罰)(?!款|钱|錢|单|單)|(?:罚|罰)跑|跑到吐|不能(?:吃饭|吃飯|睡觉|睡覺)";
    /** Quotas and the work of scamming, described by what the person does. */
    private static final String SCAM_WORK = "诈骗|詐騙|电诈|電詐|杀猪|殺豬|狗推|假号|假號|假账号|假帳號|假身份|假照片|人设|人設|冒充|话术|話術|剧本|劇本"
            + "|骗(?:人|钱|外国人|老外)|騙(?:人|錢|外國人|老外)|聊投资|聊投資|(?:引导|引導|诱导|誘導|让人|讓人|叫人|拉人)(?:…)?(?:投资|投資|充值|入金|下载|下載|注册|註冊|转账|轉賬|轉帳)"
            + "|开单|開單|出单|出單|虚拟币|虛擬幣|usdt|币圈|幣圈|资金盘|資金盤|菠菜";

    private static final String QUOTA = "业绩|業績|指标|指標|任务|任務|kpi|目标|目標|开单|開單|出单|出單|开不了|開不了|完不成|(?:没|沒)完成|达不到|達不到"
            + "|不达标|不達標|(?:没|沒)业绩|(?:没|沒)業績|零单|零單";

    /** Paying a penalty, a debt or a ransom. */
    private static final String PAY = "(?:赔|賠)(?!本|笑|罪|不是)|违约金|違約金|罚款|罰款|罚金|罰金|赎|贖|补偿|補償|还钱|還錢|还清|還清|还债|還債|还款|還款|凑钱|湊錢"
            + "|(?:交|付)(?:…)?(?:钱|錢|万|萬|千|美金|美元|usdt)|(?:万|萬|千|钱|錢|美金|usdt)(?:…)?(?:还|還)(?:了|清|上|给|給|完)|机票钱|機票錢|培训费|培訓費|中介费|中介費|伙食费|伙食費|住宿费|住宿費"
            + "|欠(?:公司|他们|他們|老板|老闆)";

    private static final String LEAVE =
            "走(?!路|廊|私|势|勢|访|訪|红|紅|运|運)|离开|離開|回国|回國|回家|放人|放我|放(?:了)?(?:他|她|我们|我們)" + "|出去|出来|出來|脱身|脫身|赎回|贖回|自由";
    /** Quitting a job: ordinary jobs charge for breaking a contract too. */
    private static final String QUIT = "辞职|辭職|离职|離職";

    private static final String STUCK = "出不去|出不来|出不來|逃不出|逃不掉|逃不了|跑不掉|跑不了|回不去|回不了(?:国|國|家)|离不开|離不開|走不了|走不掉|脱不了身|脫不了身";

    private ChineseCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Stream.of(held(), taken(), hurt(), owed(), scamming(), misled(), watched(), pleas())
                        .flatMap(List::stream)
                        .toList(),
                // 没 also begins 没收 (confiscate) and 没饭吃 (no food), which are cues, not negations.
                LanguageCues.anywhere("(?:没|沒)(?!收|饭|飯|完成|吃|钱|錢|工资|工資|办法|辦法|自由|业绩|業績|有(?:饭|飯|钱|錢|工资|工資|自由|办法|辦法))"
                        + "|不是(?!说好|說好)|并没|並沒|未(?!成年|完成|经|經|知)"),
                LanguageCues.anywhere("吗|嗎|会不会|會不會|是不是|是否|万一|萬一|能不能|可不可以|正不正常|合不合法|真的假的|怎么样|怎麼樣|靠谱|靠譜"
                        + "|听说|聽說|有没有|有沒有|安全|怎么帮|怎麼幫|如何帮|如何幫|帮助被|幫助被"
                        + "|(?:中介|招聘的?|对方|對方|hr)(?:说|說)[^。！？\\n]{0,12}(?:要|会|會|得|需要)|堵车|堵車|塞车|塞車|堵在|航班|延误|延誤|台风|颱風|补办|補辦|换发|換發|续签|續簽|过期|過期|丢了|丟了|曾经|曾經"
                        + "|(?:像|跟|和)(?:坐牢|被关|被關|在监狱|在監獄)"
                        + "|到时候|到時候|(?:到了|到那边|到那邊|到那里|到那裡|过去|過去|入职|入職)(?:以后|以後|之后|之後|后|後)?[^。！？\\n才]{0,8}要"
                        + "|那时候|那時候|那个时候|那個時候|现在在(?:国内|國內)|現在在國內|电视剧|電視劇|电影|電影|小说|小說|游戏|遊戲"
                        + "|已经(?:回国|回家|回到|安全|获救|出来了)|已經(?:回國|回家|回到|安全|獲救|出來了)|逃出(?:来|來)了|现在(?:安全|没事)|現在(?:安全|沒事)"),
                LanguageCues.anywhere("如果|会|會|要是|假如|的话|的話"),
                LanguageCues.anywhere("新闻|新聞|报道|報導|报导|據報|据报|消息称|消息稱|记者|記者|通报|通報|官方|据悉|據悉|据了解|據了解|媒体|媒體|外媒"
                        + "|央视|央視|新华社|新華社|中新网|中新網|联合早报|聯合早報|星洲日报|星洲日報|东方日报|東方日報|中央社|自由时报|自由時報|联合报|聯合報"
                        + "|专项行动|專項行動|嫌疑人|抓获|抓獲|押解"));
    }

    private static List<Cue> held() {
        return List.of(
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "不(?:放|让走|讓走)(?:我们|我們|我|人)|不肯放(?:人|我们|我們|我)|限制(?:人身)?自由|出不了(?:大门|大門|门|門|园区|園區|这里|這裡)"),
                // the covert plea: "don't believe me if I say I'm fine"
                Cue.fixed(PLEA_FOR_HELP, 2, "(?:别|別|不要)(?:相信|信)(?:…)?(?:没事|沒事|很好|挺好|安全|还好|還好|一切都好)"),
                // "they say I owe the company": the bond
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "(?:说|說)(?:我|我们|我們)欠(?:…)?(?:公司|老板|老闆)?|欠(?:公司|老板|老闆)(?:…)?(?:钱|錢|美金|万|萬|u|机票|機票)"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "逃不(?:出|掉|了)|不(?:让|讓|准|给|給|许|許)" + WE
                                + "(?:出去|离开|離開|走|出门|出門|外出|回国|回國|下楼|下樓|出园区|出園區|出大门|出大門|辞职|辭職)(?!玩|逛|吃|喝|约|約|唱|看|打)"
                                + "|不能(?:出去|离开|離開|外出|出园区|出園區|出门|出門|回国|回國)"),
                Cue.fixed(CONFINEMENT, 1, STUCK + "|困在|被困|逃跑|逃出|(?:没|沒)有?自由"),
                Cue.fixed(CONFINEMENT, 2, "(?:想|要)(?:走|离开|離開|回国|回國|回家|出去)[^。！？\\n]{0,12}(?:不让|不讓|不准|不给|不給|不放|不肯)"),
                Cue.near(
                        CONFINEMENT,
                        2,
                        STUCK,
                        "这里|這裡|这边|這邊|园区|園區|大楼|大樓|宿舍|楼里|樓裡|院子|他们|他們|老板|老闆|保安|看守|门口|門口|铁门|鐵門|围墙|圍牆|电网|電網"),
                Cue.strong(
                        CONFINEMENT,
                        "被(?:关|關|囚禁|扣押|扣留|拘禁|软禁|軟禁|绑架|綁架|限制(?:人身)?自由|控制|看管|看押)(?!注|心|系|係|掉|机|機|闭|閉|照|於|于)"
                                + "|(?:被锁(?:在|起来|住|着)|被鎖(?:在|起來|住|著))(?![^。！？\\n]{0,8}(?:门外|門外|外面|外边|外邊))|囚禁|软禁|軟禁"
                                // "把自己关在房间", "关在房间不出来": someone who shuts himself in
                                + "|(?<!自己|自已)(?:关|關)(?:在|起来|起來|着|著)(?:…)?(?:房|屋|宿舍|园区|園區|里面|裡面|楼|樓|这|這|笼|籠|地下|仓库|倉庫)"
                                + "(?![^。！？\\n]{0,6}不(?:肯|愿|願|想)?(?:出来|出來|出门|出門))"),
                Cue.near(
                        CONFINEMENT,
                        2,
                        "枪|槍|武装|武裝|军装|軍裝|士兵|当兵的|當兵的|民兵",
                        "守|看着|看著|站岗|站崗|巡逻|巡邏|门口|門口|大门|大門|保安|守卫|守衛|看守|盯"),
                Cue.weak(
                        CONFINEMENT,
                        "围墙|圍牆|高墙|高牆|铁丝网|鐵絲網|电网|電網|带刺|帶刺|铁门|鐵門|封闭|封閉"
                                + "|有人(?:看守|守着|守著|看着我们|看著我們|盯着|盯著)|(?:24|二十四)小时(?:有人)?(?:看守|守)"
                                + "|(?:到处|到處|全是|都是|满是|滿是)(?:…)?(?:保安|看守|守卫|守衛|拿枪|拿槍)"),
                // leaving needs a supervisor's leave: "出门买包烟都要主管批"
                Cue.near(
                        CONFINEMENT,
                        1,
                        "出门|出門|出去|外出|离开|離開",
                        "(?:要|得|需要|必须|必須)(?:…)?(?:批准|审批|審批|批|申请|申請|报备|報備|同意)",
                        20));
    }

    private static List<Cue> taken() {
        return List.of(
                Cue.near(PASSPORT_TAKEN, 2, PASSPORT, KEEP),
                Cue.fixed(CANNOT_TALK, 1, "(?:说话|說話|讲话|講話|聊天)不方便|不方便(?:说|說|讲|講|聊)"),
                Cue.fixed(CANNOT_TALK, 1, "(?:别|別|不要)回(?:我|消息|訊息|信息)|白天(?:别|別|不要)|(?:别|別)问我在哪|(?:別)問我在哪"),
                Cue.near(
                        CANNOT_TALK, 2, "手机|手機", "被(?:查|检查|檢查|收|没收|沒收|翻)|收走|上交|统一管理|統一管理|(?:全|都|全部)(?:被)?(?:没收|沒收|收了)"),
                Cue.near(
                        CANNOT_TALK,
                        2,
                        BOSS + "|公司",
                        "(?:查|检查|檢查|翻|收走|没收|沒收)(?:我们|我們|我)?的?(?:手机|手機)|看(?:我们|我們|我)的?(?:手机|手機)",
                        12),
                Cue.strong(CANNOT_TALK, "(?:删|刪)(?:掉|除|了)?(?:…)?(?:聊天|记录|記錄|信息|訊息|消息|这条|這條|对话|對話)|看完(?:就)?(?:删|刪)"));
    }

    private static List<Cue> hurt() {
        return List.of(
                Cue.strong(VIOLENCE_OR_THREAT, BEATEN),
                Cue.strong(VIOLENCE_OR_THREAT, SHOCKED + "|" + TORTURE),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "被(?:折磨|虐待|体罚|體罰|威胁|威脅|强奸|強姦|性侵|关水牢|關水牢)|威(?:胁|脅)(?:…)?(?:杀|殺|卖|賣|打)" + "|把" + PERSON
                                + "(?:…)?(?:卖|賣)(?:掉|了|给|給|到|去)"),
                Cue.near(
                        VIOLENCE_OR_THREAT,
                        2,
                        "不做|不干|不幹|不听话|不聽話|反抗|不配合|不服从|不服從|敢(?:跑|逃|报警|報警|联系|聯繫)",
                        PUNISHED + "|杀|殺|卖|賣|弄死"),
                Cue.fixed(VIOLENCE_OR_THREAT, 1, DEPRIVED + "|打人"),
                Cue.weak(VIOLENCE_OR_THREAT, "(?:要|会|會)(?:杀|殺|卖|賣|打死)(?:了)?(?:我们|我們|我)|威胁|威脅|恐吓|恐嚇"));
    }

    private static List<Cue> owed() {
        return List.of(
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "赎金|贖金|赎身|贖身|(?:赎|贖)(?:人|我|他|她|回)|(?:交|给|給|付|赔|賠)(?:钱|錢|偿|償)(?:…)?才(?:能|可以|放|让|讓)"),
                Cue.near(DEBT_OR_RANSOM, 2, PAY, LEAVE),
                Cue.near(DEBT_OR_RANSOM, 1, PAY, QUIT),
                Cue.near(
                        DEBT_OR_RANSOM,
                        2,
                        "(?:要|让|讓|叫|逼|找|联系|聯繫|要求)(?:…)?(?:家里|家裡|家人|爸妈|爸媽|父母|我妈|我媽|我爸|老家)",
                        "钱|錢|万|萬|赎|贖|汇款|匯款|转账|轉賬|轉帳|打款"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "被(?:转|轉|倒)?(?:卖|賣)(?!力|命|萌|惨|慘|关|關|光|完|出|房|车|車)|卖猪仔|賣豬仔"
                                + "|(?:转卖|轉賣|倒卖|倒賣|卖|賣)(?:了)?" + PERSON + "?(?:给|給|到|去)(?:…)?"
                                + "(?:别的|別的|其他|另一|另外|下一|更|别家|別家)(?:…)?(?:公司|园区|園區|老板|老闆|地方|团队|團隊|盘|盤)"),
                Cue.weak(DEBT_OR_RANSOM, "赔偿|賠償|赔钱|賠錢|违约金|違約金|欠债|欠債|债务|債務|倒欠|算(?:在)?我(?:头上|頭上|身上)"));
    }

    private static List<Cue> scamming() {
        return List.of(
                Cue.strong(
                        FORCED_SCAMMING,
                        "(?:逼|强迫|強迫|被迫|被逼)(?:…)?(?:工作|上班|干活|幹活|诈骗|詐騙|骗人|騙人|做业绩|做業績|杀猪|殺豬|做单|做單|聊天|打字)"),
                Cue.near(
                        FORCED_SCAMMING,
                        2,
                        QUOTA + "|" + SCAM_WORK,
                        DEPRIVED + "|" + PUNISHED + "|不能(?:休息|辞职|辭職)|不(?:让|讓)(?:休息|走)|卖掉|賣掉|转卖|轉賣"),
                Cue.fixed(FORCED_SCAMMING, 1, QUOTA + "|" + SCAM_WORK),
                Cue.near(
                        FORCED_SCAMMING,
                        2,
                        "(?:他们|他們|公司|主管|老板|老闆|组长|組長)(?:让|讓|叫|要)(?:我们|我們|我)",
                        "冒充|假装|假裝|扮成|装成|裝成|假号|假號|假账号|假帳號|骗|騙|杀猪|殺豬|话术|話術",
                        20),
                Cue.fixed(FORCED_SCAMMING, 1, "(?:每天|一天)(?:工作)?(?:1[2-9]|2[0-4]|十[二三四五六七八九]|二十)(?:个|個)?(?:小时|小時)"));
    }

    private static List<Cue> misled() {
        return List.of(
                Cue.fixed(
                        NOT_AS_PROMISED,
                        2,
                        "不知道(?:我们|我們|我)?(?:现在|現在)?(?:这里|這裡|这边|這邊)?(?:在|是)(?:哪|哪里|哪裡|哪儿|哪兒|什么地方|什麼地方)"),
                Cue.near(
                        NOT_AS_PROMISED,
                        2,
                        "(?:我们|我們|我)[^，,。！？\\s]{0,4}" + MISLED + "|(?:骗|騙)(?:我们|我們|我)(?:…)?(?:到|去|来|來|进|進|过|過)",
                        ELSEWHERE),
                Cue.near(NOT_AS_PROMISED, 1, MISLED, ELSEWHERE),
                Cue.near(
                        NOT_AS_PROMISED,
                        1,
                        "(?:带|帶|拉|送|运|運|载|載|开车|開車|坐船|弄)(?:…)?(?:到|去|过|過|进|進|上)",
                        PLACE + "|河|山|船|岛|島"),
                Cue.near(
                        NOT_AS_PROMISED,
                        1,
                        "说好|說好|说是|說是|本来说|本來說|原本说|原本說|当初说|當初說|承诺|承諾|答应|答應",
                        "结果|結果|却|卻|才(?:发现|發現|知道)|原来|原來|根本|其实|其實|变成|變成|(?:到了|来了|來了)(?:以后|以後)?(?:就|直接|竟然|居然)"
                                + "|下(?:飞机|飛機|车|車|船)(?:…)?就|(?:就|直接)被(?:带|帶|拉|送|押|转|轉)"),
                Cue.fixed(
                        NOT_AS_PROMISED,
                        1,
                        "(?:来了|來了|到了)(?:以后|以後|之后|之後)?才(?:知道|发现|發現)|不是(?:说好|說好)的|(?:跟|和|与|與)(?:当初|當初|招聘|中介|之前)?(?:说|說)的不(?:一样|一樣)|货不对板|貨不對板|(?:我|我们|我們)(?:也|都|就|是)?被(?:骗|騙)"
                                + "|(?:我|我们|我們)不在(?:泰国|泰國|曼谷|马来西亚|馬來西亞|迪拜|日本|越南|新加坡|国内|國內|台湾|台灣)|猪仔|豬仔|偷渡|蛇头|蛇頭"),
                Cue.near(NOT_AS_PROMISED, 1, "半夜|深夜|夜里|夜裡|连夜|連夜|晚上", "过河|過河|过境|過境|越境|翻山|坐船|边境|邊境|小路|山路|对岸|對岸"));
    }

    private static List<Cue> watched() {
        return List.of(
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "(?:不能|不方便|不好|没法|沒法|不敢)(?:多)?(?:说|說|讲|講|聊|回|打字|接|视频|視頻|语音|語音|打电话|打電話)"
                                + "|(?:说|說)不了|偷偷|悄悄|(?:晚点|晚點|等下|等会|等會|回头|回頭|有空|晚上|下班后|下班後)(?:我)?(?:再)?(?:跟你)?"
                                + "(?:说|說|聊|联系|聯繫|聯絡|找你|打给你|打給你|回你)"),
                Cue.near(
                        CANNOT_TALK,
                        1,
                        BOSS,
                        "在旁边|在旁邊|在身边|在身邊|在附近|在后面|在後面|过来了|過來了|在看|盯着|盯著|看着我|看著我|巡逻|巡邏|走过来|走過來|在巡|在查",
                        8),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "(?:别|別|不要|千万别|千萬別|先别|先別)(?:打|回|发|發|call|视频|視頻)(?:电话|電話|给我|給我|过来|過來|语音|語音|消息|信息|訊息|视频|視頻)"
                                + "|(?:别|別|不要)(?:告诉|告訴|跟别人说|跟別人說|说出去|說出去)"));
    }

    private static List<Cue> pleas() {
        return List.of(
                Cue.strong(
                        PLEA_FOR_HELP,
                        "救救|救命|求救|救我|(?:帮帮|幫幫)(?:我们|我們|我)(?!看|查|分析|确认|確認)|救(?:我们|我們)|(?:来|來)救|帮我报警|幫我報警|(?<![a-z])sos(?![a-z])"),
                Cue.weak(
                        PLEA_FOR_HELP,
                        "(?:我|我们|我們)(?:…)?(?:很|好|非常)?(?:危险|危險)|帮帮忙|幫幫忙|求求(?:你|你们|你們)|求助|怎么办|怎麼辦|(?:该|該|能)找谁|(?:該|能)找誰|报警|報警"),
                Cue.strong(
                        RELATIVE_ABROAD,
                        KIN + "(?:…)?(?:打电话|打電話|发消息|發消息|发信息|發信息|传讯息|傳訊息|视频|視頻|打来|打來)(?:…)?(?:哭|求救|求助|救)"),
                Cue.strong(RELATIVE_ABROAD, "(?:救救|救|帮帮|幫幫|解救)(?:…)?(?:我的)?" + KIN),
                Cue.near(
                        RELATIVE_ABROAD,
                        2,
                        KIN,
                        "被" + AGENT + "(?:关|關|扣|困|卖|賣|打|控制|绑架|綁架|锁|鎖|抓|囚禁|软禁|軟禁|限制|电|電)|困在|" + STUCK
                                + "|回不来|回不來|失联|失聯|联系不上|聯繫不上|聯絡不上|不(?:让|讓)(?:他|她|人)?(?:走|出|回|离开|離開)|不放(?:人|他|她)"
                                + "|(?:关|關)(?:起来|起來|着|著)|(?:护照|護照)(?:被|给|給)?(?:扣|收|拿|没收|沒收)|赎金|贖金"
                                + "|打(?:他|她)|挨打|电击|電擊|小黑屋|求救|哭着|哭著"),
                Cue.near(RELATIVE_ABROAD, 1, KIN, PLACE),
                // a relative quoting the last thing they heard: since then, nothing
                Cue.fixed(RELATIVE_ABROAD, 1, "最[后後]一?(?:条|條|次|句)?(?:消息|信息|訊息|语音|語音|短信|簡訊|电话|電話|联系|聯繫|聯絡|话|話)"));
    }
}
