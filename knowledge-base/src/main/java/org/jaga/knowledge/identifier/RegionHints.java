package org.jaga.knowledge.identifier;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jaga.knowledge.language.Language;

/**
 * Guesses which countries' local phone formats a text uses: first the language's own country,
 * then the script's, then countries named in the text (in any of the nine languages) or whose
 * dialling code appears, in order of first mention.
 */
final class RegionHints {

    private static final Map<Language, String> BY_LANGUAGE = new EnumMap<>(Map.of(
            Language.THAI, "TH",
            Language.INDONESIAN, "ID",
            Language.MALAY, "MY",
            Language.VIETNAMESE, "VN",
            Language.FILIPINO, "PH",
            Language.BURMESE, "MM",
            Language.KHMER, "KH",
            Language.CHINESE, "CN"));

    private static final Map<String, List<String>> NAMES = names();

    private RegionHints() {}

    /** @return region codes, most likely first, without duplicates; empty when nothing hints */
    static List<String> infer(String foldedText, Optional<Language> language) {
        Set<String> regions = new LinkedHashSet<>();
        language.map(BY_LANGUAGE::get).ifPresent(regions::add);
        scriptRegion(foldedText).ifPresent(regions::add);
        regions.addAll(mentioned(foldedText.toLowerCase(Locale.ROOT)));
        return List.copyOf(regions);
    }

    private static Optional<String> scriptRegion(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(text.charAt(i));
            if (block == Character.UnicodeBlock.THAI) {
                return Optional.of("TH");
            }
            if (block == Character.UnicodeBlock.KHMER) {
                return Optional.of("KH");
            }
            if (block == Character.UnicodeBlock.MYANMAR) {
                return Optional.of("MM");
            }
        }
        return Optional.empty();
    }

    private static List<String> mentioned(String lower) {
        Map<Integer, String> byPosition = new java.util.TreeMap<>();
        NAMES.forEach((region, words) -> words.forEach(word -> {
            int at = lower.indexOf(word);
            if (at >= 0) {
                byPosition.merge(at, region, (a, b) -> a);
            }
        }));
        return List.copyOf(new LinkedHashSet<>(byPosition.values()));
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put(
                "TH",
                List.of("thailand", "ประเทศไทย", "ไทย", "泰国", "泰國", "thái lan", "ထိုင်း", "ថៃ", "+66", "bangkok"));
        names.put(
                "KH",
                List.of(
                        "cambodia",
                        "kemboja",
                        "kamboja",
                        "កម្ពុជា",
                        "柬埔寨",
                        "campuchia",
                        "กัมพูชา",
                        "ကမ္ဘောဒီးယား",
                        "+855",
                        "phnom penh",
                        "sihanoukville"));
        names.put(
                "MM",
                List.of(
                        "myanmar",
                        "burma",
                        "မြန်မာ",
                        "缅甸",
                        "緬甸",
                        "พม่า",
                        "เมียนมา",
                        "miến điện",
                        "ភូមា",
                        "+95",
                        "myawaddy",
                        "yangon"));
        names.put("LA", List.of("laos", "ลาว", "老挝", "寮國", "lào", "ឡាវ", "လာအို", "+856"));
        names.put("VN", List.of("vietnam", "viet nam", "việt nam", "เวียดนาม", "越南", "វៀតណាម", "ဗီယက်နမ်", "+84"));
        names.put(
                "PH",
                List.of(
                        "philippines",
                        "pilipinas",
                        "ฟิลิปปินส์",
                        "菲律宾",
                        "菲律賓",
                        "philippin",
                        "ហ្វីលីពីន",
                        "ဖိလစ်ပိုင်",
                        "+63",
                        "manila"));
        names.put(
                "ID",
                List.of(
                        "indonesia",
                        "อินโดนีเซีย",
                        "印尼",
                        "印度尼西亚",
                        "印度尼西亞",
                        "ឥណ្ឌូនេស៊ី",
                        "အင်ဒိုနီးရှား",
                        "+62",
                        "jakarta"));
        names.put("MY", List.of("malaysia", "มาเลเซีย", "马来西亚", "馬來西亞", "ម៉ាឡេស៊ី", "မလေးရှား", "+60", "kuala lumpur"));
        names.put("CN", List.of("china", "中国", "中國", "trung quốc", "+86"));
        names.put("SG", List.of("singapore", "สิงคโปร์", "新加坡", "+65"));
        names.put("TW", List.of("taiwan", "台湾", "台灣", "+886"));
        return names;
    }
}
