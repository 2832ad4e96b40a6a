package org.jaga.knowledge.advice;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How advisories are phrased: verbatim (the default) or rephrased by a language model.
 *
 * @param provider which model, {@link LlmProvider#NONE} for none
 * @param baseUrl the OpenAI-compatible API root, ending in {@code /v1}; blank when none
 * @param model the model name; blank when none
 * @param apiKey the API key; blank when the server needs none (Ollama)
 * @param timeout how long one phrasing may take, at most 10 seconds
 */
public record AdvisorySettings(LlmProvider provider, String baseUrl, String model, String apiKey, Duration timeout) {

    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(10);
    private static final String OPENAI_URL = "https://api.openai.com/v1";
    private static final String OLLAMA_URL = "http://localhost:11434/v1";

    public AdvisorySettings {
        Objects.requireNonNull(provider, "provider");
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null ? "" : model.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("LLM timeout must be between 0 and 10 s, not " + timeout);
        }
        if (provider != LlmProvider.NONE) {
            if (model.isEmpty()) {
                throw new IllegalArgumentException("JAGA_LLM_MODEL is required when JAGA_LLM_PROVIDER is set");
            }
            URI uri = URI.create(baseUrl);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("JAGA_LLM_BASE_URL must be an http(s) URL, not '" + baseUrl + "'");
            }
        }
    }

    /** No language model: advisories are shown verbatim. */
    public static AdvisorySettings none() {
        return new AdvisorySettings(LlmProvider.NONE, "", "", "", MAX_TIMEOUT);
    }

    /**
     * Reads {@code JAGA_LLM_PROVIDER}, {@code JAGA_LLM_BASE_URL}, {@code JAGA_LLM_MODEL} and
     * {@code JAGA_LLM_API_KEY}, e.g. from {@code System.getenv()}. The base URL defaults to
     * OpenAI's for {@code openai} and to {@code http://localhost:11434/v1} for {@code ollama}; an
     * Ollama URL without a path gets {@code /v1}.
     *
     * @throws IllegalArgumentException when the provider is unknown, or set without a model
     */
    public static AdvisorySettings fromEnvironment(Map<String, String> env) {
        LlmProvider provider = LlmProvider.parse(env.get("JAGA_LLM_PROVIDER"));
        String baseUrl = env.getOrDefault("JAGA_LLM_BASE_URL", "").strip();
        if (provider == LlmProvider.OPENAI && baseUrl.isEmpty()) {
            baseUrl = OPENAI_URL;
        } else if (provider == LlmProvider.OLLAMA) {
            baseUrl = baseUrl.isEmpty() ? OLLAMA_URL : withV1(baseUrl);
        }
        return new AdvisorySettings(
                provider, baseUrl, env.get("JAGA_LLM_MODEL"), env.get("JAGA_LLM_API_KEY"), MAX_TIMEOUT);
    }

    private static String withV1(String url) {
        String path = URI.create(url).getPath();
        return path == null || path.isEmpty() || "/".equals(path) ? url.replaceAll("/+$", "") + "/v1" : url;
    }

    /** The API key is never shown. */
    @Override
    public String toString() {
        return "AdvisorySettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "" : "***") + ", timeout=" + timeout + "]";
    }
}
