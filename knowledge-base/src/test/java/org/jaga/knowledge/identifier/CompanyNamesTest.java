package org.jaga.knowledge.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    @Test
    void ignoresCaseSpacingPunctuationAndLegalForm() {
        assertThat(CompanyNames.key("Hong Tai Co., Ltd")).isEqualTo("hongtai");
        assertThat(CompanyNames.key("HONGTAI")).isEqualTo("hongtai");
        assertThat(CompanyNames.key("Hongtai Company Limited")).isEqualTo("hongtai");
        assertThat(CompanyNames.key("PT. Maju Jaya Abadi")).isEqualTo(CompanyNames.key("Maju Jaya Abadi"));
        assertThat(CompanyNames.key("Sunrise Sdn. Bhd.")).isEqualTo("sunrise");
    }

    @Test
    void ignoresDiacriticsAndTransliteratesOtherScripts() {
        assertThat(CompanyNames.key("Công ty TNHH Hồng Thái")).isEqualTo("hongthai");
        assertThat(CompanyNames.key("宏泰有限公司")).isEqualTo("hongtai");
    }
}
