package org.jaga.knowledge.redflag;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words around an amount say: its currency, its period, whether it is pay at all. */
final class PayContext {
    /** A currency word or sign found at [start, end) of the normalised text. */
    record Token(Currency currency, int start, int end) {}

    private record Word(String text, Currency currency, boolean attachedOnly) {}

    private static final List<Word> SUFFIXES = List.of(
            w("usdt", Currency.USD),
            w("usd", Currency.USD),
            w("us dollars", Currency.USD),
            w("dollars", Currency.USD),
            w("dollar", Currency.USD),
            w("dolar", Currency.USD),
            w("dola", Currency.USD),
            w("do la", Currency.USD),
            w("do my", Currency.USD),
            w("$", Currency.USD),
            w("美金", Currency.USD),
            w("美元", Currency.USD),
            w("ดอลลาร์", Currency.USD),
            w("ดอลล่าร์", Currency.USD),
            w("ដុល្លារ", Currency.USD),
            w("ဒေါ်လာ", Currency.USD),
            attached("u", Currency.USD),
            attached("do", Currency.USD),
            w("泰铢", Currency.THB),
            w("baht", Currency.THB),
            w("บาท", Currency.THB),
            w("thb", Currency.THB),
            w("฿", Currency.THB),
            w("rupiah", Currency.IDR),
            w("idr", Currency.IDR),
            w("pesos", Currency.PHP),
            w("peso", Currency.PHP),
            w("php", Currency.PHP),
            w("piso", Currency.PHP),
            w("vnd", Currency.VND),
            w("dong", Currency.VND),
            attached("d", Currency.VND),
            w("人民币", Currency.CNY),
            w("元", Currency.CNY),
            w("块", Currency.CNY),
            w("rmb", Currency.CNY),
            w("cny", Currency.CNY),
            w("yuan", Currency.CNY),
            w("令吉", Currency.MYR),
            w("马币", Currency.MYR),
            w("比索", Currency.PHP),
            w("披索", Currency.PHP),
            w("越南盾", Currency.VND),
            w("印尼盾", Currency.IDR),
            w("缅币", Currency.MMK),
            w("瑞尔", Currency.KHR),
            w("日元", Currency.OTHER),
            w("韩元", Currency.OTHER),
            w("ringgit", Currency.MYR),
            w("myr", Currency.MYR),
            w("rm", Currency.MYR),
            w("台币", Currency.NTD),
            w("ntd", Currency.NTD),
            w("kyats", Currency.MMK),
            w("kyat", Currency.MMK),
            w("ကျပ်", Currency.MMK),
            w("riel", Currency.KHR),
            w("រៀល", Currency.KHR),
            w("रुपए", Currency.INR),
            w("रुपये", Currency.INR),
            w("rupees", Currency.INR),
            w("inr", Currency.INR),
            w("sgd", Currency.OTHER),
            w("eur", Currency.OTHER),
            w("yen", Currency.OTHER),
            w("sar", Currency.OTHER),
            w("aed", Currency.OTHER));
    private static final List<Word> PREFIXES = List.of(
            w("us$", Currency.USD),
            w("usdt", Currency.USD),
            w("usd", Currency.USD),
            w("nt$", Currency.NTD),
            w("s$", Currency.OTHER),
            w("hk$", Currency.OTHER),
            w("a$", Currency.OTHER),
            w("$", Currency.USD),
            w("rm", Currency.MYR),
            w("myr", Currency.MYR),
            w("rp.", Currency.IDR),
            w("rp", Currency.IDR),
            w("idr", Currency.IDR),
            w("php", Currency.PHP),
            w("₱", Currency.PHP),
            w("฿", Currency.THB),
            w("thb", Currency.THB),
            w("ntd", Currency.NTD),
            w("rmb", Currency.CNY),
            w("¥", Currency.CNY),
            w("vnd", Currency.VND),
            w("₹", Currency.INR),
            w("rs.", Currency.INR),
            w("rs", Currency.INR),
            w("inr", Currency.INR),
            attached("p", Currency.PHP),
            attached("k", Currency.MMK),
            w("ks", Currency.MMK),
            w("ကျပ်", Currency.MMK),
            w("sgd", Currency.OTHER),
            w("€", Currency.OTHER),
            w("£", Currency.OTHER),
            w("sar", Currency.OTHER),
            w("aed", Currency.OTHER));
    private static final Pattern FEE = Pattern.compile(
            "(fee|fees|deposit|have to pay|had to pay|must pay|need to pay|biaya|harus membayar|perlu membayar|harus bayar|magbayad|phai nop|ต้องจ่าย|需交|先交|ត្រូវបង់|ပေးရ|uang muka|bayad|placement|processing|le phi|phi|dat coc|ค่าธรรมเนียม|ค่าดำเนินการ|มัดจำ"
                    + "|费|押金|price|harga|gia ve|ราคา|价格|ticket|tiket|ve may bay|ตั๋ว|机票|loan|pinjaman|utang|vay|ថ្លៃ|ကြေး)[^.!?\\n]{0,22}$");
    private static final Pattern KEYWORD = Pattern.compile(
            "(gaji|sahod|suweldo|sweldo|kita|luong|thu nhap|เงินเดือน|รายได้|ค่าจ้าง|月薪|工资|薪资|薪水|底薪|月入|收入|薪酬|待遇"
                    + "|လစာ|ဝင်ငွေ|ប្រាក់ខែ|ប្រាក់ចំណូល)[^.!?\\n\\d]{0,14}$");
    private static final Pattern HOUR = Pattern.compile(
            "^.{0,6}(/ ?hour|per hour|an hour|/ ?hr|/ ?jam|per jam|sejam|/ ?oras|kada oras|/ ?gio|moi gio|ต่อชั่วโมง|/ ?ชั่วโมง|每小时|/ ?小时)");
    private static final Pattern DAY = Pattern.compile(
            "^.{0,6}(/ ?day|per day|a day|daily|/ ?hari|per hari|sehari|/ ?araw|kada araw|bawat araw|isang araw|/ ?ngay"
                    + "|moi ngay|mot ngay|ต่อวัน|/ ?วัน|每天|一天|/ ?天|တစ်ရက်|ក្នុងមួយថ្ងៃ|មួយថ្ងៃ)");
    private static final Pattern WEEK = Pattern.compile(
            "^.{0,6}(/ ?week|per week|a week|weekly|seminggu|/ ?minggu|/ ?linggo|/ ?tuan|ต่อสัปดาห์|每周|一周)");
    private static final Pattern YEAR = Pattern.compile(
            "^.{0,6}(/ ?year|per year|a year|annual|per annum|/ ?yr|setahun|per tahun|/ ?tahun|taunan|/ ?nam|moi nam"
                    + "|mot nam|ต่อปี|/ ?ปี|每年|一年|/ ?年|တစ်နှစ်|ក្នុងមួយឆ្នាំ)");
    private static final Pattern BEFORE_DAY = Pattern.compile("(日薪|日结|วันละ|daily rate|sehari|一天)\\D{0,4}$");
    private static final Pattern BEFORE_YEAR = Pattern.compile("(年薪|annual salary|ปีละ|setahun)\\D{0,4}$");

    private static Word w(String text, Currency currency) {
        return new Word(text, currency, false);
    }

    private static Word attached(String text, Currency currency) {
        return new Word(text, currency, true);
    }

    /** @return whether the amount at {@code start} is a fee, deposit, price or loan */
    boolean isFeeOrPrice(String text, int start) {
        return FEE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    /** @return the currency written right after {@code end}, or null */
    Token suffixCurrency(String text, int end) {
        boolean spaced = end < text.length() && text.charAt(end) == ' ';
        int at = spaced ? end + 1 : end;
        for (Word word : SUFFIXES) {
            if ((!spaced || !word.attachedOnly())
                    && text.startsWith(word.text(), at)
                    && endsWord(text, at + word.text().length(), word)) {
                return new Token(word.currency(), at, at + word.text().length());
            }
        }
        return null;
    }

    /** @return the currency written right before {@code start}, or null */
    Token prefixCurrency(String text, int start) {
        int at = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
        for (Word word : PREFIXES) {
            int from = at - word.text().length();
            boolean spacingOk = at == start || !word.attachedOnly();
            if (spacingOk && from >= 0 && text.startsWith(word.text(), from) && startsWord(text, from, word)) {
                return new Token(word.currency(), from, at);
            }
        }
        return null;
    }

    /** @return the currency implied by the local word for salary shortly before the amount */
    Optional<Currency> keywordCurrency(String text, int start, double value) {
        Matcher m = KEYWORD.matcher(text.substring(Math.max(0, start - 30), start));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(
                switch (m.group(1)) {
                    case "gaji" -> value >= 100_000 ? Currency.IDR : Currency.MYR;
                    case "kita" -> value >= 100_000 ? Currency.IDR : Currency.PHP;
                    case "sahod", "suweldo", "sweldo" -> Currency.PHP;
                    case "luong", "thu nhap" -> value >= 100_000 ? Currency.VND : Currency.USD;
                    case "เงินเดือน", "รายได้", "ค่าจ้าง" -> Currency.THB;
                    case "လစာ", "ဝင်ငွေ" -> Currency.MMK;
                    case "ប្រាក់ខែ", "ប្រាក់ចំណូល" -> value >= 100_000 ? Currency.KHR : Currency.USD;
                    default -> Currency.CNY;
                });
    }

    /** @return how many times the amount is paid in a month; 0 for hourly rates */
    double monthlyFactor(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 24));
        String before = text.substring(Math.max(0, start - 12), start);
        if (HOUR.matcher(after).find()) {
            return 0;
        }
        if (DAY.matcher(after).find() || BEFORE_DAY.matcher(before).find()) {
            return 26;
        }
        if (WEEK.matcher(after).find()) {
            return 4.3;
        }
        return YEAR.matcher(after).find() || BEFORE_YEAR.matcher(before).find() ? 1.0 / 12 : 1;
    }

    private static boolean endsWord(String text, int end, Word word) {
        char last = word.text().charAt(word.text().length() - 1);
        return !Character.isLetter(last)
                || !TextNormaliser.isLatin(last)
                || end >= text.length()
                || !Character.isLetter(text.charAt(end));
    }

    private static boolean startsWord(String text, int from, Word word) {
        char first = word.text().charAt(0);
        return !TextNormaliser.isLatin(first) || from == 0 || !Character.isLetter(text.charAt(from - 1));
    }
}
