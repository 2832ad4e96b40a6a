package org.jaga.core.triage;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The concepts of distress in Khmer and Chinese, each said in words the cues were not written
 * from: a guarded place that is not the promised one, paying to leave, "cannot talk now",
 * scamming under punishment, relatives' reports, a passport kept, colloquial violence and being
 * sold on — and the news, jobseekers' questions, jokes, ordinary work and safe people that must
 * stay quiet.
 */
class KhmerChineseConceptsTest {
    private static final Map<Language, List<String>> DISTRESS = Map.of(
            Language.CHINESE,
                    List.of(
                            // not where promised, a guarded place
                            "说好是去曼谷做客服，结果车开了一夜到了缅甸，四周都是铁丝网，门口有当兵的拿着枪",
                            "我們根本不在馬來西亞，被人帶過河到了一個園區，有持槍的守衛",
                            "我现在不在泰国啦，他们晚上用船载我们过河，这里有人拿枪看着大门",
                            // paying to leave
                            "老板讲要离开就先还清机票钱和培训费，一共三万五",
                            "他們說想回國可以，要先付五千美金的違約金",
                            "主管叫我打给家里，让家里汇两万过来",
                            // cannot talk now
                            "不方便讲话 组长一直在身边走来走去 等下再联系",
                            "別打電話給我，他們會翻我們的手機，看完就刪",
                            // scamming under punishment
                            "每天要用假账号加满五十个好友，加不够就罚跪到天亮",
                            "我們要冒充有錢的女生跟外國人聊天叫他們充值，沒業績就被關小黑屋",
                            "天天被逼做杀猪盘，没开单就kena打",
                            // relatives
                            "我外甥去了柬埔寨，他說公司把他關起來了，不讓他走。我們該找誰？",
                            "我女朋友说她现在回不来，老板还扣着她的护照",
                            // a passport kept
                            "证件一到就交给人事保管了，现在要也不给",
                            "我的護照還在老闆那邊，說合約沒到期不能拿",
                            // colloquial violence
                            "昨天又有人被揍得很惨，我们都不敢出声",
                            "不聽話的就被扁，還會被電",
                            "组长拿电棍电人，我手上还有伤",
                            "業績不夠的要去跑操場，跑到吐，還有人被罰不能吃飯",
                            // sold on
                            "主管说下个月把我们转卖去别的园区",
                            "我們被賣給另一家公司了，又要重新簽合同"),
            Language.KHMER,
                    List.of(
                            // not where promised, a guarded place
                            "គេថាឲ្យមកធ្វើការនៅថៃ តែបែរជានាំមកភូមា ជុំវិញមានរបងលួស និងទាហានកាន់កាំភ្លើង",
                            "ពេលយប់គេដឹកយើងឆ្លងទន្លេ ឥឡូវនៅក្នុងអគារមានកំពែងខ្ពស់ មានអ្នកយាមកាន់អាវុធ",
                            // paying to leave
                            "ថៅកែប្រាប់ថា បើចង់ឈប់ ត្រូវបង់ពិន័យ ២០០០ ដុល្លារ",
                            "ក្រុមហ៊ុនឲ្យម៉ែខ្ញុំផ្ញើលុយ ៣០០០ ដុល្លារ ទើបលែងឲ្យខ្ញុំទៅផ្ទះ",
                            // cannot talk now
                            "ពេលនេះមិនស្រួលឆាតទេ ថៅកែកំពុងដើរមើល ចាំយប់ខ្ញុំផ្ញើទៅ",
                            "កុំខលមកអី គេឆែកទូរស័ព្ទយើងរាល់ថ្ងៃ",
                            // scamming under punishment
                            "ខ្ញុំត្រូវក្លែងខ្លួនជាស្រីស្អាត ឆាតជាមួយជនបរទេសឲ្យគេវិនិយោគ បើមិនដល់គោលដៅ គេឲ្យឈររហូតដល់ព្រឹក",
                            "រកលុយពីភ្ញៀវមិនបាន គេមិនឱ្យបាយ ត្រូវបោកគេរាល់ថ្ងៃ",
                            // relatives
                            "ក្មួយស្រីខ្ញុំនៅប៉ោយប៉ែត គាត់ថាគេមិនឲ្យមកផ្ទះទេ តើខ្ញុំត្រូវរកអ្នកណា?",
                            "ប្ដីខ្ញុំត្រូវគេវ៉ៃ ហើយគេទាមទារលុយ ៥០០០ ដុល្លារ",
                            // a passport kept
                            "ប៉ាសស្ពរខ្ញុំ ថៅកែកាន់ទុកតាំងពីខែមុន",
                            "លិខិតឆ្លងដែនយើងនៅជាមួយក្រុមហ៊ុន សុំមកវិញអត់ឲ្យទេ",
                            // colloquial violence
                            "មេការវ៉ៃយើងរាល់យប់",
                            "អ្នកណាធ្វើមិនបានគេដាក់បន្ទប់ងងឹតហើយឆក់ខ្សែភ្លើង",
                            // sold on
                            "គេប្រាប់ថានឹងលក់យើងបន្តទៅអគារផ្សេង",
                            "ខ្ញុំត្រូវបានគេលក់ពីក្រុមហ៊ុនមួយទៅក្រុមហ៊ុនមួយទៀត"));

    private static final Map<Language, List<String>> NOT_DISTRESS = Map.of(
            Language.CHINESE,
                    List.of(
                            "据央视报道，缅甸妙瓦底警方近日解救了200多名被扣押的中国公民，已遣返回国",
                            "星洲日报：大马警方成功救出12名被困柬埔寨园区的大马人",
                            "中介说到了那边护照要交给公司统一保管，这样正常吗？",
                            "招聘的说入职后要先押护照。这个正常吗？",
                            "对方说去了以后如果想提前离职要赔违约金，靠谱吗？",
                            "这个deadline要把我逼疯了，老板天天压榨我哈哈",
                            "下班高峰堵在路上，走不了",
                            "这季度KPI没达标，经理说要扣奖金",
                            "业绩完不成又要被老板骂了，好烦",
                            "护照丢了，在公司附近的派出所报案了，怎么补办？",
                            "我老公在柬埔寨开餐厅，生意还不错",
                            "朋友介绍去柬埔寨做客服，说到那边护照要公司保管，离职要赔机票钱，我有点担心",
                            "电视剧里那个人被关进小黑屋好惨",
                            "周末一起去打球吗"),
            Language.KHMER,
                    List.of(
                            "ពត៌មាន៖ សមត្ថកិច្ចបានរំដោះពលករខ្មែរ ៥០ នាក់ ពីអគារឆបោកនៅប៉ោយប៉ែត",
                            "យោងតាមអ្នកនាំពាក្យក្រសួង ជនរងគ្រោះត្រូវបានធ្វើមាតុភូមិនិវត្តន៍",
                            "ភ្នាក់ងារថាទៅដល់ថៃ ក្រុមហ៊ុននឹងទុកប៉ាស្ព័រឲ្យ តើធម្មតាទេ?",
                            "បើចង់ឈប់មុនកិច្ចសន្យា ត្រូវបង់ពិន័យមែនទេ?",
                            "ធ្វើការរាល់ថ្ងៃដូចជាប់គុក ហាហា",
                            "ខែនេះមិនដល់គោលដៅលក់ ថៅកែស្ដីឲ្យបន្តិច",
                            "ចង់ធ្វើប៉ាស្ព័រថ្មី ត្រូវទៅណា?",
                            "កូនប្រុសខ្ញុំទៅធ្វើការនៅកូរ៉េ សុខសប្បាយធម្មតា",
                            "ថ្ងៃនេះភ្លៀងខ្លាំង មិនចេញទៅណាទេ",
                            "ត្រូវយកប៉ាស្ព័រទៅស្ថានទូតថ្ងៃច័ន្ទ",
                            "ខ្ញុំសងលុយធនាគារទៅវិញអស់ហើយ",
                            "ថ្ងៃនេះហត់ណាស់ ដូចគេវាយអញ្ចឹង ហាហា",
                            "កូនខ្ញុំរពិស ខ្ញុំវាយវាបន្តិច"));

    static Stream<Arguments> distress() {
        return Triaged.byLanguage(DISTRESS);
    }

    static Stream<Arguments> notDistress() {
        return Triaged.byLanguage(NOT_DISTRESS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("distress")
    void recognisesEachConceptInNewWords(Language language, String text) {
        Triaged.assertDistress(language, text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notDistress")
    void leavesNewsQuestionsJokesOrdinaryWorkAndSafePeopleAlone(Language language, String text) {
        Triaged.assertNotDistress(language, text);
    }
}
