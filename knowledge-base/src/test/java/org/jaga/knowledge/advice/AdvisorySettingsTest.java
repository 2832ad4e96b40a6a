package org.jaga.knowledge.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvisorySettingsTest {

    @Test
    void isOffWhenNothingIsConfigured() {
        AdvisorySettings settings = AdvisorySettings.fromEnvironment(Map.of());

        assertThat(settings.provider()).isEqualTo(LlmProvider.NONE);
        assertThat(AnswerPhraser.from(settings)
                        .phrase("q", org.jaga.knowledge.language.Language.ENGLISH, java.util.List.of()))
                .isEmpty();
    }

    @Test
    void readsAnOpenAiCompatibleServer() {
        AdvisorySettings settings = AdvisorySettings.fromEnvironment(Map.of(
                "JAGA_LLM_PROVIDER", "OpenAI",
                "JAGA_LLM_BASE_URL", "http://llm.internal:8000/v1",
                "JAGA_LLM_MODEL", "qwen2.5-7b-instruct",
                "JAGA_LLM_API_KEY", "sk-secret"));

        assertThat(settings.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(settings.baseUrl()).isEqualTo("http://llm.internal:8000/v1");
        assertThat(settings.timeout()).isLessThanOrEqualTo(AdvisorySettings.MAX_TIMEOUT);
        assertThat(settings.toString()).doesNotContain("sk-secret");
    }

    @Test
    void pointsOllamaAtItsOpenAiCompatibleEndpoint() {
        assertThat(AdvisorySettings.fromEnvironment(Map.of("JAGA_LLM_PROVIDER", "ollama", "JAGA_LLM_MODEL", "llama3.1"))
                        .baseUrl())
                .isEqualTo("http://localhost:11434/v1");
        assertThat(AdvisorySettings.fromEnvironment(Map.of(
                                "JAGA_LLM_PROVIDER", "ollama",
                                "JAGA_LLM_BASE_URL", "http://gpu-box:11434/",
                                "JAGA_LLM_MODEL", "llama3.1"))
                        .baseUrl())
                .isEqualTo("http://gpu-box:11434/v1");
    }

    @Test
    void rejectsAProviderWithoutAModel() {
        assertThatThrownBy(() -> AdvisorySettings.fromEnvironment(Map.of("JAGA_LLM_PROVIDER", "openai")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JAGA_LLM_MODEL");
    }

    @Test
    void rejectsAnUnknownProvider() {
        assertThatThrownBy(() -> AdvisorySettings.fromEnvironment(Map.of("JAGA_LLM_PROVIDER", "gemini")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openai, ollama or none");
    }
}
