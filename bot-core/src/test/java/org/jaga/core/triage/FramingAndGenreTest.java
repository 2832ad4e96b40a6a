package org.jaga.core.triage;

import static org.jaga.core.triage.Triaged.assertDistress;
import static org.jaga.core.triage.Triaged.assertNotDistress;

import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

/** What the words around the cues change: where exactly, who tells, who teaches, who laughs. */
class FramingAndGenreTest {
    @Test
    void aCompoundAreaWithWhereExactlyInItIsSomeoneTellingRescuersWhereToCome() {
        assertDistress(Language.ENGLISH, "kk park. grey block near the canal, 6th floor");
        assertDistress(Language.THAI, "เมียวดี อาคารสีฟ้า ชั้น 5");
        assertDistress(Language.CHINESE, "妙瓦底 C区 3栋");
        assertNotDistress(Language.ENGLISH, "kk park");
        assertNotDistress(
                Language.ENGLISH, "is the hotel in sihanoukville with a rooftop bar on the 9th floor any good?");
        assertNotDistress(
                Language.ENGLISH, "Hiring in Sihanoukville: salary $1200, free room in our building, apply now");
    }

    @Test
    void aVictimRecountingAnOfferIsNotReadAsAnAd() {
        assertDistress(
                Language.MALAY,
                "ejen kata kerja kilang kat Thailand gaji RM4k. tapi dorang bawa kami naik bot malam2, sampai tempat pagar tinggi");
        assertNotDistress(
                Language.MALAY,
                "JAWATAN KOSONG kilang Thailand, gaji RM4k, tempat tinggal percuma, syarikat simpan pasport, hubungi WA");
    }

    @Test
    void trainingsAndSchoolWorkListTheSignsWithoutLivingThem() {
        assertNotDistress(
                Language.ENGLISH,
                "Volunteer workshop on Sat: warning signs of trafficking (passport kept, debts, threats). bring a pen");
        assertNotDistress(
                Language.INDONESIAN,
                "relawan: sosialisasi besok soal tanda-tanda kerja paksa, paspor ditahan dan utang. jangan telat ya");
    }

    @Test
    void aChildAtHomeIsAFamilysRuleUnlessWorkOrAnotherCountryIsNamed() {
        assertNotDistress(
                Language.ENGLISH, "my 14 year old isnt allowed out after 9 and wont talk to me, what do i do");
        assertDistress(
                Language.ENGLISH,
                "my 16 year old went to work in Cambodia and they wont let her come home, they want money");
    }

    @Test
    void laughterAtTheRainOrTheOfficeMakesHyperbole() {
        assertNotDistress(Language.ENGLISH, "flooded in at my aunt's, can't get out, send help lol");
        assertNotDistress(Language.VIETNAMESE, "bị nhốt ở văn phòng tăng ca tới 11h, cứu với =))");
        assertDistress(Language.ENGLISH, "cant get out, guards at the gate, send help");
    }

    @Test
    void readsTheCovertPleaThatDeniesItself() {
        assertDistress(Language.ENGLISH, "dont believe me if i say im fine");
        assertDistress(Language.INDONESIAN, "kalau nanti sy bilang sy baik2, jgn percaya kalau sy bilang sy baik ya");
    }

    @Test
    void aNegatedIfStillCountsTheThreatAfterIt() {
        assertDistress(Language.MALAY, "kalau x capai target bos pukul guna kayu");
    }

    @Test
    void readsLifeInACompoundToldByItsCircumstances() {
        assertDistress(
                Language.ENGLISH,
                "haven't seen the sun since june. 14 of us in one room, 16 hours a day at the keyboard");
        assertDistress(Language.INDONESIAN, "kami ber-9 di kamar ini, gimana caranya semua dijemput, bukan cuma aku");
        assertDistress(Language.THAI, "หนีออกมาได้เมื่อคืน ตอนนี้ซ่อนอยู่หลังวัด ไม่มีพาสปอร์ต มีคนตามหา");
        assertDistress(Language.ENGLISH, "moved again last night. new boss, worse than the last");
        assertNotDistress(Language.ENGLISH, "we are 8 people in the hotel room lol, road trip!");
        assertNotDistress(Language.ENGLISH, "escaped the office early today, hiding from my emails 😂");
    }

    @Test
    void aDramasPlotIsNotTheViewersLife() {
        assertNotDistress(
                Language.INDONESIAN,
                "semalem nonton drakor, tokohnya dikurung di gedung terus disuruh nipu orang. serem bgt episode 5");
        assertNotDistress(Language.CHINESE, "这部电视剧的女主被骗到园区，被关起来打，剧情太虐了");
    }

    @Test
    void countsUsWhenAHeadCountIsWrittenInTheFirstPerson() {
        assertDistress(Language.ENGLISH, "there are 11 of us here, we want out, can you rescue all of us");
        assertNotDistress(Language.ENGLISH, "Police said 11 people were rescued from the compound and repatriated");
    }

    @Test
    void readsCodedAndCovertMessages() {
        assertDistress(
                Language.ENGLISH,
                "if i start talking about football it means the supervisor is next to me. our code ok");
        assertDistress(Language.INDONESIAN, "msh di sini. hari ke 52. jgn telp");
        assertDistress(Language.ENGLISH, "she is kept in a compound against her will");
        assertDistress(Language.VIETNAMESE, "no nan cua em cu tang len moi lan bi phat, gio 6000 do");
    }

    @Test
    void laughingAtTheBossTakesBackEverything() {
        assertNotDistress(
                Language.INDONESIAN, "lembur lagi sampe jam 11, kayaknya gw udah dijual ke myanmar nih wkwkwk");
        assertNotDistress(
                Language.ENGLISH, "played an escape room called 'the compound' lol we got locked in for an hour");
    }

    @Test
    void institutionsThatKeepPeopleForAGoodReasonAreNotHoldingThem() {
        assertNotDistress(Language.MALAY, "masih kat wad hospital, doktor kata x boleh keluar lagi 3 hari");
        assertNotDistress(Language.THAI, "ได้ใบแดง ต้องอยู่ค่ายทหาร 2 เดือน ห้ามกลับบ้าน");
        assertNotDistress(Language.CHINESE, "被锁在门外了，钥匙忘带了");
        assertNotDistress(Language.KHMER, "ថៅកែល្អ ប្រាក់ខែចេញទៀងទាត់ រីករាយណាស់");
    }

    @Test
    void aScamsVictimOrABorrowerIsNotBonded() {
        assertNotDistress(Language.CHINESE, "我被网上刷单骗了3万，被骗走的钱还能追回吗，我该找谁");
        assertNotDistress(Language.ENGLISH, "I owe my cousin 200 and she keeps texting about it, so annoying");
    }

    @Test
    void aTravellersBuildingIsNotAPinpoint() {
        assertNotDistress(Language.THAI, "ไปเที่ยวท่าขี้เหล็กมา ตึกสูงเยอะมาก ชั้น 20 วิวสวย");
        assertDistress(Language.THAI, "ท่าขี้เหล็ก ตึกสีเทา ชั้น 4");
    }
}
