package org.jaga.core.triage;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jaga.knowledge.language.Language;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Distress triage of messages of about 500 characters (pleas, job ads, news, chatter) in several
 * languages, with the conversation's language known and with it detected. Run in sample-time mode,
 * so JMH reports the p99: {@code ./mvnw -pl bot-core -am -Pbench package -DskipTests && java -jar
 * bot-core/target/benchmarks.jar DistressDetectorBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DistressDetectorBenchmark {
    private record Message(String text, Language language) {}

    private static final List<Message> MESSAGES = List.of(
            message(
                    "please help us, we are held in a building near the river and they took our passports. "
                            + "my friend was beaten yesterday because he did not reach the target. ",
                    Language.ENGLISH),
            message(
                    "Hiring customer service staff for an online company, salary 1,500 USD per month plus "
                            + "commission, free flight and accommodation, no experience needed, contact us on Telegram. ",
                    Language.ENGLISH),
            message(
                    "Police said on Monday that 200 victims were rescued from a compound in Myawaddy and would be "
                            + "repatriated, according to officials of the ministry. ",
                    Language.ENGLISH),
            message("tolong kami, paspor kami ditahan dan kami tidak boleh keluar dari gedung ini, kami dipukul. ",
                    Language.INDONESIAN),
            message("tulungan nyo po kami, hindi kami makalabas dito, kinuha nila passport namin. ", Language.FILIPINO),
            message("cuu em voi, bi nhot o day khong duoc ra ngoai, ho lay het ho chieu cua bon em roi. ",
                    Language.VIETNAMESE),
            message("ช่วยด้วย ออกไปไม่ได้ มีคนเฝ้าตลอด บริษัทยึดพาสปอร์ตพวกเราหมดแล้ว เมื่อวานโดนซ้อม ", Language.THAI),
            message("救救我们，被关在园区出不去，护照一来就被公司收走了，业绩完不成就被电击。", Language.CHINESE),
            message("ကယ်ပါဦး အပြင်မထွက်ရဘူး ပတ်စ်ပို့ကို ကုမ္ပဏီက သိမ်းထားတယ် ", Language.BURMESE),
            message("ជួយខ្ញុំផង ចេញមិនបានទេ គេយកលិខិតឆ្លងដែនខ្ញុំអស់ហើយ ", Language.KHMER),
            message("had a long day at work today, the boss kept us late again, going to the beach this weekend. ",
                    Language.ENGLISH));

    private final DistressDetector detector = new DistressDetector(CovertPhrases.none());
    private int next;

    @Benchmark
    public Triage assessWithKnownLanguage() {
        next = (next + 1) % MESSAGES.size();
        Message m = MESSAGES.get(next);
        return detector.assess(m.text(), Optional.of(m.language()));
    }

    @Benchmark
    public Triage assessDetectingTheLanguage() {
        next = (next + 1) % MESSAGES.size();
        return detector.assess(MESSAGES.get(next).text(), Optional.empty());
    }

    private static Message message(String text, Language language) {
        StringBuilder out = new StringBuilder();
        while (out.length() < 500) {
            out.append(text);
        }
        return new Message(out.substring(0, 500), language);
    }
}
