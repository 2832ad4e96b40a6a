package org.jaga.knowledge.advice;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.jaga.knowledge.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rephrases retrieved advisories with a language model behind an OpenAI-compatible API (OpenAI,
 * Ollama's {@code /v1}, vLLM, …) through langchain4j. No retries, a timeout of at most 10 s; any
 * failure gives an empty answer. Logs never contain the question or the reply.
 */
final class LangChainAnswerPhraser implements AnswerPhraser {

    private static final Logger log = LoggerFactory.getLogger(LangChainAnswerPhraser.class);
    private static final int MAX_MATCHES = 3;

    private final ChatModel model;
    private final Properties notices;

    LangChainAnswerPhraser(AdvisorySettings settings) {
        this.model = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                // OpenAI-compatible servers without authentication (Ollama) ignore the key.
                .apiKey(settings.apiKey().isEmpty() ? "none" : settings.apiKey())
                .modelName(settings.model())
                .temperature(0.2)
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
        this.notices = notices();
    }

    @Override
    public Optional<String> phrase(String question, Language language, List<AdvisoryMatch> matches) {
        if (question == null || question.isBlank() || matches == null || matches.isEmpty()) {
            return Optional.empty();
        }
        List<AdvisoryMatch> grounding = matches.subList(0, Math.min(MAX_MATCHES, matches.size()));
        try {
            ChatRequest request = ChatRequest.builder()
                    .messages(
                            SystemMessage.from(PhrasingPrompt.system(language)),
                            UserMessage.from(PhrasingPrompt.user(question, grounding)))
                    .build();
            String reply = model.chat(request).aiMessage().text();
            if (reply == null || reply.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(reply.strip() + "\n\n" + notices.getProperty(language.tag()));
        } catch (RuntimeException e) {
            // The caller falls back to the vetted answer verbatim; the failure is the model's, not the user's.
            log.warn(
                    "LLM phrasing failed, the advisory is shown verbatim: {}",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Properties notices() {
        Properties properties = new Properties();
        String name = AdvisoryFiles.FOLDER + "phrasing-notice.properties";
        try (Reader in = new InputStreamReader(
                Objects.requireNonNull(LangChainAnswerPhraser.class.getResourceAsStream(name), name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        for (Language language : Language.values()) {
            if (properties.getProperty(language.tag(), "").isBlank()) {
                throw new InvalidAdvisoryFile(name + " has no notice for " + language.tag());
            }
        }
        return properties;
    }
}
