package org.jaga.knowledge.check;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jaga.knowledge.identifier.IdentifierExtractor;
import org.jaga.knowledge.identifier.LookalikeDetector;
import org.jaga.knowledge.language.LanguageDetector;
import org.jaga.knowledge.recruiter.RecruiterFiles;
import org.jaga.knowledge.recruiter.RecruiterIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole offer check without an LLM (language, identifiers, knowledge-base look-ups, red flags,
 * score, advice) on offers of about 1,000 characters in several languages. Run in sample-time mode,
 * so JMH reports the p99.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OfferCheckBenchmark {
    private static final List<String> OFFERS = List.of(
            repeatTo1000("URGENT hiring! Customer service staff for an online company in Sihanoukville, Cambodia. "
                    + "Salary 1,500 USD per month plus commission, no experience needed, only basic typing and English. "
                    + "Free flight ticket, free food and accommodation. Tourist visa provided, we arrange everything. "
                    + "Contact HR on Telegram @bestjob_hr or WhatsApp +855 97 123 4567. Limited slots, leave this week! "),
            repeatTo1000("รับสมัครพนักงานแอดมินออนไลน์ ทำงานที่ประเทศกัมพูชา เงินเดือน 45,000 บาท ไม่ต้องมีประสบการณ์ "
                    + "มีที่พักและอาหารฟรี ออกค่าตั๋วเครื่องบินให้ ติดต่อไลน์ไอดี job2024 รีบสมัครด่วน รับจำนวนจำกัด "),
            repeatTo1000("Lowongan kerja admin online di Kamboja, gaji 15 juta per bulan, tanpa pengalaman, tiket pesawat "
                    + "dan mess gratis, berangkat pakai visa turis dulu, hubungi WA 0812 3456 7890. "),
            repeatTo1000("Line cook wanted at our restaurant in Chiang Mai. At least two years of experience in a hotel "
                    + "kitchen, Thai work permit required. Salary 18,000 baht a month plus social security. Apply in "
                    + "person at 12 Nimman Road with your CV, interviews on Mondays. "),
            repeatTo1000("招聘客服，工作地点柬埔寨西港，月薪一万五人民币，包吃包住，无需经验，会打字即可，机票报销，"
                    + "请加飞机 @xg_hr 联系，名额有限。"));

    private OfferCheck check;
    private int next;

    @Setup
    public void setUp() {
        RecruiterIndex index = new RecruiterIndex();
        RecruiterFiles.loadBundled(index);
        check = new OfferCheck(
                new LanguageDetector(),
                new IdentifierExtractor(),
                LookalikeDetector.withDefaultTargets(),
                index,
                new OfferAssessor());
    }

    @Benchmark
    public CheckResult checkAnOffer() {
        next = (next + 1) % OFFERS.size();
        return check.check(OFFERS.get(next), Optional.empty());
    }

    private static String repeatTo1000(String text) {
        StringBuilder out = new StringBuilder();
        while (out.length() < 1000) {
            out.append(text);
        }
        return out.substring(0, 1000);
    }
}
