package org.jaga.server.settings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jaga.server.JagaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

class InvalidSettingsTest {

    private static void start(String... properties) {
        SpringApplication application = new SpringApplication(JagaApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(properties);
    }

    @Test
    void stopsStartUpNamingAnOutOfRangeSetting() {
        assertThatThrownBy(() -> start("--jaga.workers=0", "--jaga.redis.url=redis://127.0.0.1:1"))
                .hasStackTraceContaining("jaga.workers");
    }

    @Test
    void stopsStartUpNamingAnUnknownLanguage() {
        assertThatThrownBy(() -> start("--jaga.language=fr", "--jaga.redis.url=redis://127.0.0.1:1"))
                .hasStackTraceContaining("jaga.language");
    }

    @Test
    void stopsStartUpNamingAValueOfTheWrongType() {
        assertThatThrownBy(() -> start("--jaga.retention.days=forever", "--jaga.redis.url=redis://127.0.0.1:1"))
                .hasStackTraceContaining("jaga.retention.days");
    }

    @Test
    void stopsStartUpWhenAnIngestInstanceWouldKeepMessagesToItself() {
        assertThatThrownBy(() -> start("--jaga.role=ingest"))
                .hasStackTraceContaining("jaga.role=ingest needs jaga.redis.url");
    }

    @Test
    void stopsStartUpNamingAnUnknownRole() {
        assertThatThrownBy(() -> start("--jaga.role=worker", "--jaga.redis.url=redis://127.0.0.1:1"))
                .hasStackTraceContaining("jaga.role");
    }
}
