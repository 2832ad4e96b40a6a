package org.jaga.core.triage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where scam compounds are known to be: place names in Latin and local scripts, and rough
 * bounding boxes around them for shared GPS points.
 */
final class CompoundAreas {
    private static final Pattern NAMES = Pattern.compile("(?<![a-z])(?:"
            + "myawadd?y|myawadi|mya wadd?y|kk ?park|kk ?garden|shwe ?kokk?o|yatai new city|saixigang|hpa ?lu|payathonzu|"
            + "thingannyinaung|min ?let ?pan|dongmei|golden triangle|laos? sez|gtsez|kings? romans?|tonpheung|ton pheung|bokeo|"
            + "tachil?eik|tachilek|laukk?aing|laukkai|kokang|mong ?la|wa state|sihanoukville|sihanouk ville|preah sihanouk|"
            + "kampong som|bavet|poipet|poi pet|o'?smach|o smach|oddar meanchey|chrey thom|kirivong|bamban|porac|"
            + "tam giac vang|xi hanuc|shihanouk|ba vet|pa lu)(?![a-z])"
            + "|မြဝတီ|ရွှေကုက္ကို|ကေကေပါ့ခ်|တာချီလိတ်|လောက်ကိုင်|ကိုးကန့်|ဘုရားသုံးဆူ|မိုင်းလား|ထီးခီး"
            + "|ក្រុងព្រះសីហនុ|ព្រះសីហនុ|សីហនុវិល|បាវិត|ប៉ោយប៉ែត|អូរស្មាច់|ឧត្តរមានជ័យ|ជ្រៃធំ"
            + "|เมียวดี|เมียวะดี|ชเวโก๊กโก่|ชเวโกโก|เคเคปาร์ค|สามเหลี่ยมทองคำ|ท่าขี้เหล็ก|ปอยเปต|สีหนุวิลล์|สีหนุ|บาเวต|คิงส์โรมัน"
            + "|미야와디|먀와디|슈웨코코|kk\\s?파크|시아누크빌|시하누크빌|포이펫|바벳|보코산|보코\\s?산|골든\\s?트라이앵글|몬돌끼리"
            + "|ミャワディ|シュエコッコ|kkパーク|シアヌークビル|シハヌークビル|ポイペト|バベット|ゴールデントライアングル|ボコール"
            + "|म्यावड्डी|म्यावाडी|केके पार्क|श्वे कोको|गोल्डन ट्रायंगल|सिहानोकविले|पोइपेट"
            + "|妙瓦底|kk园区|kk園區|亚太新城|亞太新城|亚太城|金三角|大其力|果敢|老街|勐拉|西港|西哈努克|巴域|波贝|波貝|奥斯马|奧斯馬|金木棉|白马|白馬");
    /**
     * Where exactly in a place: a building, a floor, a zone, a gate, a roof's colour. Next to a
     * compound area, it is someone telling rescuers where to come.
     */
    private static final Pattern PINPOINT = Pattern.compile(
            "(?<![\\p{L}])(?:building|bldg|tower|block|blk|zone|floor|flr|fl|storey|room|rm|gate|roof|kompleks|complex|gedung|bangunan|lantai|"
                    + "blok|bilik|tingkat|aras|toa nha|tang|phong|day nha|khu nha|gusali|palapag|bubong|kwarto|bldg\\.?)(?![\\p{L}])"
                    + "|\\p{Nd}+ ?(?:st|nd|rd|th)? ?(?:fl|flr|floor)(?![\\p{L}])"
                    + "|ตึก|ชั้น|อาคาร|ห้อง|โซน|หลังคา|栋|棟|楼|樓|层|層|[a-z\\p{Nd}]区|[a-z\\p{Nd}]區|房间|房間"
                    + "|ជាន់|អគារ|បន្ទប់|ប្លុក|ដំបូល|ဂိတ်|လွှာ|အဆောက်အအုံ|အဆောက်အဦ|အခန်း|ဇုန်|ခေါင်မိုး");

    private static final Pattern COORDINATES =
            Pattern.compile("(?<![\\d.])(-?\\d{1,2}\\.\\d{2,8})\\s?,\\s?(-?\\d{1,3}\\.\\d{2,8})(?![\\d.])");
    private static final List<Box> BOXES = List.of(
            new Box("Myawaddy, Shwe Kokko, KK Park", 16.30, 17.00, 98.30, 98.62),
            new Box("Three Pagodas Pass", 15.20, 15.36, 98.33, 98.45),
            new Box("Tachileik, Golden Triangle", 20.20, 20.50, 99.80, 100.16),
            new Box("Mong La", 21.60, 21.75, 101.85, 101.98),
            new Box("Laukkaing", 23.60, 23.78, 98.68, 98.82),
            new Box("Sihanoukville", 10.50, 10.80, 103.40, 103.70),
            new Box("Bavet", 11.02, 11.12, 106.05, 106.20),
            new Box("Poipet", 13.60, 13.70, 102.50, 102.62),
            new Box("O'Smach", 14.38, 14.47, 103.63, 103.75),
            new Box("Bamban, Tarlac", 15.24, 15.32, 120.48, 120.58),
            new Box("Porac, Pampanga", 15.03, 15.10, 120.50, 120.60));

    private static final KeywordScanner NAME_TRIGGERS = new KeywordScanner(List.of(NAMES));

    private CompoundAreas() {}

    /** @return whether a place name may be in the text; when false, {@link #names} finds none */
    static boolean mayName(CharSequence folded) {
        return !NAME_TRIGGERS.candidates(folded).isEmpty();
    }

    static Matcher names(CharSequence folded) {
        return NAMES.matcher(folded);
    }

    /** A traveller's words: a building seen on a trip is not someone telling where they are held. */
    private static final Pattern TRAVEL = Pattern.compile(
            "(?<![\\p{L}])(?:trip|holiday|vacation|tour|tourist|visit(?:ed|ing)?|liburan|jalan-jalan|jalan2|melancong|cuti-cuti|du lich|bakasyon|gala)(?![\\p{L}])"
                    + "|เที่ยว|旅游|旅遊|游玩|遊玩|ទៅលេង|ដើរលេង|ទេសចរណ៍|ခရီး|လည်ပတ်");

    /** @return whether the text tells of a trip */
    static boolean travels(CharSequence folded) {
        return TRAVEL.matcher(folded).find();
    }

    /** @return whether the text says where exactly: a building, a floor, a gate */
    static boolean pinpoints(CharSequence folded) {
        return PINPOINT.matcher(folded).find();
    }

    static Matcher coordinates(CharSequence folded) {
        return COORDINATES.matcher(folded);
    }

    /** @return the name of the area the point lies in; empty when it lies in none or is no point */
    static Optional<String> areaOf(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
            return Optional.empty();
        }
        return BOXES.stream().filter(b -> b.contains(lat, lon)).map(Box::name).findFirst();
    }

    private record Box(String name, double south, double north, double west, double east) {
        boolean contains(double lat, double lon) {
            return lat >= south && lat <= north && lon >= west && lon <= east;
        }
    }
}
