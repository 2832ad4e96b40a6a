package org.jaga.knowledge.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayDetectorTest {
    private final PayDetector detector = new PayDetector();

    private boolean unrealistic(String text) {
        return !detector.detect(TextNormaliser.normalise(text), 1).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Salary $1,500/month",
                "USD 2000",
                "gaji 15 juta per bulan",
                "gaji Rp 12.000.000",
                "lương 30 triệu/tháng",
                "月薪1万5",
                "月入过万",
                "เงินเดือน 45,000 บาท",
                "RM6,000 sebulan",
                "sahod 80k php",
                "₱60,000 monthly",
                "1200 USDT",
                "$100 per day",
                "ប្រាក់ខែ 1500$",
                "လစာ သိန်း 20",
                "NT$70,000"
            })
    void findsPayFarAboveEntryLevel(String text) {
        assertThat(unrealistic(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Salary $300",
                "gaji 4.500.000",
                "lương 8 triệu",
                "月薪5000元",
                "เงินเดือน 15,000 บาท",
                "RM1,700",
                "PHP 18,000",
                "$20 per hour",
                "processing fee $2,000",
                "air ticket price USD 1,200",
                "call 0812 3456 7890",
                "since 2015",
                "ប្រាក់ខែ $200"
            })
    void leavesOrdinaryPayFeesAndOtherNumbersAlone(String text) {
        assertThat(unrealistic(text)).as(text).isFalse();
    }
}
