package org.jaga.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentCheckTest {

    @Test
    void acceptsKnownSettingsAndIgnoresOtherVariables() {
        assertThat(EnvironmentCheck.check(Map.of("JAGA_PORT", "9090", "JAGA_WORKERS", "4", "PATH", "/bin"))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void namesAnUnknownSetting() {
        assertThat(EnvironmentCheck.check(Map.of("JAGA_REDIS_ULR", "redis://x")).messages())
                .singleElement()
                .asString()
                .contains("unknown setting JAGA_REDIS_ULR");
    }

    @Test
    void namesAPortThatIsNotAPort() {
        assertThat(EnvironmentCheck.check(Map.of("JAGA_PORT", "eighty")).messages())
                .singleElement()
                .asString()
                .contains("JAGA_PORT");
    }
}
