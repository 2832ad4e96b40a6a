package org.jaga.knowledge.advice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jaga.knowledge.language.Language;
import org.jaga.knowledge.language.LanguageDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a person's question with the vetted advisories that fit it, in their language.
 *
 * <p>Two retrievers are fused by reciprocal rank: BM25 (Lucene, in memory) over the advisories in
 * the person's language and over the English ones, with an analyzer that segments Thai, Burmese
 * and Khmer and pairs Chinese characters; and, for questions written in Latin script, semantic
 * similarity to the English question variants from langchain4j's in-process embedding model, so
 * "can I work on a tourist visa?" finds the Thai advisory for a Thai speaker who writes English.
 * Each retriever has a floor below which it reports nothing, so an unrelated or nonsense question
 * gets no advisory at all rather than the least bad one.
 *
 * <p><b>Threading:</b> the constructor reads the files and builds the Lucene index (tens of
 * milliseconds); the embedding model (about 23 MB of ONNX) is loaded once per JVM on the first
 * search that needs it, or by {@link #warmUp()}, and each search embeds the question on the
 * calling thread. {@link #search} is therefore blocking, CPU-bound work: run it on a bounded
 * scheduler (e.g. Reactor's {@code boundedElastic}), never on a Netty event-loop thread.
 * Instances are thread-safe; share one.
 */
public final class AdvisoryIndex {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryIndex.class);
    private static final int MAX_QUESTION_CHARS = 2_000;
    private static final int CANDIDATES = 10;

    private final Map<Language, Map<String, Advisory>> byLanguage = new EnumMap<>(Language.class);
    private final LexicalIndex lexical;
    private final EnglishEmbeddings semantic;
    private final LanguageDetector detector = new LanguageDetector();
    private volatile boolean semanticBroken;

    /**
     * Loads the bundled advisories and indexes them.
     *
     * @throws InvalidAdvisoryFile when an advisory file is missing or malformed
     */
    public AdvisoryIndex() {
        Map<Language, List<Advisory>> all = AdvisoryFiles.loadBundled();
        List<Advisory> flat = new ArrayList<>();
        all.forEach((language, advisories) -> {
            Map<String, Advisory> ids = new HashMap<>();
            advisories.forEach(a -> ids.put(a.id(), a));
            byLanguage.put(language, ids);
            flat.addAll(advisories);
        });
        this.lexical = new LexicalIndex(flat);
        this.semantic = new EnglishEmbeddings(all.get(Language.ENGLISH));
    }

    /** Loads the embedding model and embeds the advisories now (blocking, a few seconds). */
    public void warmUp() {
        semantic.warmUp();
    }

    /**
     * Finds the advisories that answer a question. Blocking: see the class comment.
     *
     * @param question what the person asked, in any language or a mix; may be null, empty or huge
     *     (only the first 2,000 characters are read)
     * @param language the person's language, when known; otherwise it is detected from the question
     * @param limit the most matches wanted
     * @return the best matches first, each in the person's language (the detected one, or the one
     *     of the advisory that matched when it cannot be detected); empty when nothing fits well
     *     enough or the question is empty, emoji or nonsense. Never throws on any input.
     */
    public List<AdvisoryMatch> search(String question, Optional<Language> language, int limit) {
        if (question == null || question.isBlank() || limit < 1) {
            return List.of();
        }
        String text = question.length() > MAX_QUESTION_CHARS ? question.substring(0, MAX_QUESTION_CHARS) : question;
        Optional<Language> target = language.or(() -> detector.detect(text));
        List<List<Ranked>> lists = new ArrayList<>();
        for (Language searched : searched(target)) {
            lists.add(lexical.search(text, searched, CANDIDATES));
        }
        lists.add(semantic(text));
        List<AdvisoryMatch> matches = new ArrayList<>();
        for (RankFusion.Fused fused : RankFusion.fuse(lists)) {
            if (matches.size() == limit) {
                break;
            }
            Language shown = target.orElse(fused.language());
            matches.add(advisory(fused.id(), shown).match(fused.score()));
        }
        return List.copyOf(matches);
    }

    private static List<Language> searched(Optional<Language> target) {
        if (target.isEmpty()) {
            return List.of(Language.values());
        }
        return target.get() == Language.ENGLISH ? List.of(Language.ENGLISH) : List.of(target.get(), Language.ENGLISH);
    }

    private List<Ranked> semantic(String text) {
        if (semanticBroken || !hasLatinWords(text)) {
            return List.of();
        }
        try {
            return semantic.search(text, CANDIDATES);
        } catch (RuntimeException | LinkageError e) {
            // The ONNX runtime is native code; without it BM25 still answers, so degrade, loudly, once.
            semanticBroken = true;
            log.warn("advisory embeddings unavailable, answering by keywords only", e);
            return List.of();
        }
    }

    private Advisory advisory(String id, Language language) {
        Advisory advisory = byLanguage.get(language).get(id);
        return advisory != null ? advisory : byLanguage.get(Language.ENGLISH).get(id);
    }

    private static boolean hasLatinWords(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 3; i++) {
            char c = text.charAt(i);
            letters = c < 0x250 && Character.isLetter(c) ? letters + 1 : 0;
        }
        return letters >= 3;
    }
}
