package org.jaga.knowledge.advice;

import java.util.Locale;

/** Which language model, if any, rephrases retrieved advisories. */
public enum LlmProvider {
    /** No model: the best advisory is shown verbatim. The default. */
    NONE,
    /** Any server speaking the OpenAI chat-completions API (OpenAI, vLLM, llama.cpp, LocalAI, …). */
    OPENAI,
    /** Ollama, through its OpenAI-compatible endpoint ({@code /v1}). */
    OLLAMA;

    /**
     * @param value {@code openai}, {@code ollama}, {@code none}, or blank/null for none
     * @throws IllegalArgumentException for any other value
     */
    public static LlmProvider parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "none", "off" -> NONE;
            case "openai" -> OPENAI;
            case "ollama" -> OLLAMA;
            default ->
                throw new IllegalArgumentException(
                        "JAGA_LLM_PROVIDER must be openai, ollama or none, not '" + value + "'");
        };
    }
}
