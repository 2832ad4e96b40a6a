package org.jaga.core.triage;

import java.util.List;
import java.util.Map;
import org.jaga.knowledge.language.Language;

/** Hand-written messages per language: how trapped people, families, jobseekers and ads read. */
final class DistressCorpus {
    private DistressCorpus() {}

    static final Map<Language, List<String>> DISTRESS = Map.of(
            Language.ENGLISH,
                    List.of(
                            "pls help us we r locked in the building cant go out, guards everywhere",
                            "they took all our passports when we arrived and now say we owe them 5000 usd",
                            "boss beat me yesterday because i didnt reach target",
                            "my brother is being held in a compound near the thai border, they want money to release him",
                            "cant talk long they check our phones at night. delete this",
                            "we were brought across the river into myanmar, not thailand like the agent said. please help"),
            Language.INDONESIAN,
                    List.of(
                            "tolong kami, gak bisa keluar dari gedung, dijaga ketat",
                            "paspor saya diambil sama bos, katanya harus bayar dulu baru bisa pulang",
                            "kemarin temen sekamar dipukul sampai berdarah karena target gak tercapai",
                            "adik saya ditahan di kamboja, perusahaan minta uang tebusan 30 juta",
                            "hp kami dicek tiap malam, jangan balas dulu ya",
                            "kami ditipu, katanya kerja di thailand ternyata dibawa ke myanmar"),
            Language.MALAY,
                    List.of(
                            "tolong saya, tak boleh keluar langsung dari kompaun ni",
                            "pasport kami semua kena ambil dengan syarikat",
                            "semalam kami kena belasah sebab tak capai target",
                            "anak saya terjebak kat myawaddy, tak boleh balik",
                            "kami dipaksa menipu orang online tiap hari 15 jam",
                            "sy kena ugut bunuh kalau report polis, tolong"),
            Language.VIETNAMESE,
                    List.of(
                            "cuu em voi, bi nhot o day khong duoc ra ngoai",
                            "ho lay het ho chieu cua bon em roi",
                            "hom qua em bi danh vi khong dat chi tieu",
                            "con trai toi bi giu ben campuchia, ho doi tien chuoc",
                            "em khong noi lau duoc, ho kiem tra dien thoai. xoa tin nhan nha",
                            "Chúng tôi bị ép lừa đảo người khác, không làm thì bị chích điện"),
            Language.FILIPINO,
                    List.of(
                            "tulungan nyo po kami, hindi kami makalabas dito",
                            "kinuha nila passport namin pagdating namin",
                            "binugbog po kami kasi hindi naabot yung quota",
                            "yung kapatid ko nakakulong daw sa cambodia, humihingi sila ng pantubos",
                            "pinipilit kami mag scam ng mga tao online, ayaw namin",
                            "di ako makapag usap ng matagal chinecheck nila phone namin"),
            Language.THAI,
                    List.of(
                            "ช่วยด้วย ออกไปไม่ได้ มีคนเฝ้าตลอด",
                            "บริษัทยึดพาสปอร์ตพวกเราหมดแล้ว",
                            "เมื่อวานโดนซ้อมเพราะทำยอดไม่ถึง",
                            "ลูกชายถูกขังอยู่ที่เมียวดี เขาเรียกค่าไถ่",
                            "คุยนานไม่ได้ เขาตรวจมือถือทุกคืน ลบข้อความด้วยนะ",
                            "โดนหลอกมาพม่า บอกว่างานที่กรุงเทพ"),
            Language.BURMESE,
                    List.of(
                            "ကယ်ပါဦး အပြင်မထွက်ရဘူး",
                            "ပတ်စ်ပို့ကို ကုမ္ပဏီက သိမ်းထားတယ်",
                            "target မပြည့်လို့ ရိုက်နှက်ခံရတယ်",
                            "သားကို မြဝတီမှာ ချုပ်ထားတယ် ငွေပေးမှ လွှတ်မယ်တဲ့",
                            "ဖုန်းစစ်တယ် ဖျက်ပေးပါ",
                            "အတင်းလိမ်ခိုင်းတယ် ကယ်ပါ"),
            Language.KHMER,
                    List.of(
                            "ជួយខ្ញុំផង ចេញមិនបានទេ",
                            "គេយកលិខិតឆ្លងដែនខ្ញុំអស់ហើយ",
                            "ពួកគេវាយខ្ញុំរាល់ថ្ងៃ",
                            "កូនប្រុសខ្ញុំជាប់នៅបាវិត គេទាមទារលុយលោះ",
                            "គេពិនិត្យទូរស័ព្ទរាល់យប់ សូមលុបសារនេះ",
                            "គេបង្ខំឱ្យយើងឆបោកមនុស្សតាមអនឡាញ"),
            Language.CHINESE,
                    List.of(
                            "救救我们，被关在园区出不去",
                            "护照一来就被公司收走了",
                            "业绩完不成就被电击",
                            "我儿子被骗到缅甸，现在公司要赎金才放人",
                            "不方便多说，他们会查手机，看完删掉",
                            "我們被賣到另一個園區，每天被逼詐騙"));

    static final Map<Language, List<String>> NOT_DISTRESS = Map.of(
            Language.ENGLISH,
                    List.of(
                            "is this job in cambodia safe? they offer 1500 usd for customer service",
                            "do they keep your passport when you start working there?",
                            "this commute is killing me lol",
                            "my boss is a slave driver haha, can't leave before 7 again",
                            "Hiring now! Typing job in Myawaddy, free housing and food, salary 1200 USD, no experience",
                            "how can i help people who are trapped in scam compounds? i want to donate"),
            Language.INDONESIAN,
                    List.of(
                            "apakah aman kerja di kamboja? gajinya 15 juta",
                            "lowongan admin di sihanoukville, gaji 800 usd, mess gratis, tanpa pengalaman",
                            "capek banget hari ini wkwk bos galak",
                            "gimana kalau paspor diambil perusahaan, itu legal gak?",
                            "tolong cek lowongan ini dong, katanya kerja di thailand",
                            "saya mau tanya cara lapor agen ilegal"),
            Language.MALAY,
                    List.of(
                            "betul ke syarikat ni ambil pasport pekerja?",
                            "jawatan kosong customer service, gaji RM5000 sebulan, tiket flight percuma",
                            "penat gila kerja overtime haha",
                            "macam mana nak tolong mangsa pemerdagangan orang?",
                            "agensi ni berdaftar tak?",
                            "saya tak pernah kena pukul, kerja ok je kat sini"),
            Language.VIETNAMESE,
                    List.of(
                            "cong viec nay o campuchia co an toan khong?",
                            "Tuyển dụng nhân viên chăm sóc khách hàng, lương 1500 USD, bao ăn ở, không cần kinh nghiệm",
                            "cong ty co giu ho chieu khong a?",
                            "met qua di lam ca dem haha",
                            "lam sao de giup nhung nguoi bi lua sang campuchia?",
                            "neu ho lay ho chieu thi em phai lam sao?"),
            Language.FILIPINO,
                    List.of(
                            "legit ba yung offer sa cambodia? 50k daw sweldo",
                            "HIRING: customer service representative, free accommodation and flight, salary $1000",
                            "pagod na ako sa trabaho haha charot",
                            "totoo ba na kinukuha nila ang passport pag dating?",
                            "paano po makakatulong sa mga biktima ng trafficking?",
                            "grabe traffic sa edsa, trapped ako dito lol"),
            Language.THAI,
                    List.of(
                            "งานนี้ที่กัมพูชาปลอดภัยไหมคะ",
                            "รับสมัครพนักงานแอดมิน เงินเดือน 35000 บาท ที่พักฟรี ไม่ต้องมีประสบการณ์",
                            "บริษัทจะยึดพาสปอร์ตไหม",
                            "รถติดมากเลย 555",
                            "อยากช่วยคนที่ถูกหลอกไปทำงานต้องทำยังไง",
                            "ไปเที่ยวสามเหลี่ยมทองคำมาสนุกมาก"),
            Language.BURMESE,
                    List.of(
                            "ထိုင်းမှာ အလုပ်လုပ်ရင် ဘေးကင်းလား",
                            "ဝန်ထမ်းခေါ်နေသည် လစာ 1000 USD",
                            "ဒီအလုပ်က တကယ်ဟုတ်လား",
                            "မင်္ဂလာပါ နေကောင်းလား",
                            "အလုပ်အကိုင် အကြောင်း မေးချင်လို့ပါ",
                            "ဒီနေ့ ရာသီဥတု သာယာတယ်"),
            Language.KHMER,
                    List.of(
                            "ការងារនេះនៅថៃមានសុវត្ថិភាពឬទេ",
                            "ជ្រើសរើសបុគ្គលិក ប្រាក់ខែ 800 ដុល្លារ វាយអក្សរ",
                            "សួស្តី សុខសប្បាយទេ",
                            "ខ្ញុំចង់សួរពីការងារនៅក្រៅប្រទេស",
                            "ក្រុមហ៊ុននេះស្របច្បាប់ទេ",
                            "ថ្ងៃនេះក្តៅណាស់"),
            Language.CHINESE,
                    List.of(
                            "去柬埔寨做客服安全吗？",
                            "高薪招聘客服，月薪2万，包吃住，无需经验，地点西港",
                            "公司会不会收护照？",
                            "今天加班累死了哈哈",
                            "怎么帮助被骗到缅甸的人？",
                            "我没有被打，这里工作还可以"));
}
