package org.jaga.server.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jaga.core.pipeline.PipelineSettings;
import org.jaga.knowledge.language.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Jaga's settings, bound from {@code JAGA_*} environment variables (e.g. {@code JAGA_REDIS_URL} →
 * {@code jaga.redis.url}) and validated at start-up.
 */
@Validated
@ConfigurationProperties("jaga")
public record JagaSettings(
        @Valid @DefaultValue Redis redis,
        @Valid @DefaultValue Data data,
        @Min(1) @Max(64) @DefaultValue("2") int workers,
        @Min(1) @Max(100) @DefaultValue("5") int attempts,
        @Valid @DefaultValue Redelivery redelivery,
        @Valid @DefaultValue Retention retention,
        @NotNull
                @Pattern(
                        regexp = "en|id|ms|th|vi|fil|my|km|zh",
                        message = "must be one of en, id, ms, th, vi, fil, my, km, zh")
                @DefaultValue("en")
                String language,
        @Valid @DefaultValue Instance instance,
        @Valid @DefaultValue Knowledge knowledge,
        @Valid @DefaultValue Covert covert,
        @NotNull @Pattern(regexp = "all|ingest", message = "must be 'all' or 'ingest'") @DefaultValue("all")
                String role) {

    public JagaSettings {
        if ("ingest".equals(role) && redis != null && redis.external().isEmpty()) {
            throw new IllegalArgumentException(
                    "jaga.role=ingest needs jaga.redis.url: an instance that only stores messages must share its Redis"
                            + " with the instances that answer them");
        }
    }

    /**
     * @return whether this instance answers messages (runs workers, senders and event subscribers);
     *     an ingest instance only stores what the webhooks receive, for others to answer
     */
    public boolean answers() {
        return !"ingest".equals(role);
    }

    /**
     * @param url the Redis server to use; empty to start an embedded one
     * @param fsync the embedded server's append-only fsync policy
     * @param prefix put before every key, so deployments can share a server
     */
    public record Redis(
            @DefaultValue("") String url,
            @Pattern(regexp = "always|everysec", message = "must be 'always' or 'everysec'") @DefaultValue("always")
                    String fsync,
            @Pattern(regexp = "[A-Za-z0-9_.:-]{1,64}", message = "must be 1 to 64 letters, digits or _.:-")
                    @DefaultValue("jaga:")
                    String prefix) {

        public Optional<String> external() {
            return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.trim());
        }
    }

    /** @param dir where the embedded Redis keeps its append-only file */
    public record Data(@NotNull @DefaultValue("./data") String dir) {
        public Path path() {
            return Path.of(dir);
        }
    }

    /** @param seconds how long a message may stay unacknowledged before another worker takes it over */
    public record Redelivery(@Min(1) @Max(3600) @DefaultValue("30") int seconds) {}

    /** @param days how long conversations and transcripts are kept after their last message */
    public record Retention(@Min(1) @Max(3650) @DefaultValue("90") int days) {}

    /** @param id this instance's name among all instances; empty for host name and process id */
    public record Instance(@DefaultValue("") String id) {
        public String resolved() {
            if (id != null && !id.isBlank()) {
                return id.trim();
            }
            String host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("jaga");
            return host + "-" + ProcessHandle.current().pid();
        }
    }

    /** @param dir a folder of imported recruiter lists (CSV or JSON Lines) loaded at start; empty for none */
    public record Knowledge(@DefaultValue("") String dir) {
        public Optional<Path> folder() {
            return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir.trim()));
        }
    }

    /**
     * @param phrases this deployment's covert phrases, separated by '|' or new lines, each optionally
     *     prefixed "URGENT:" or "HIGH:"; never echoed, never logged
     */
    public record Covert(@DefaultValue("") String phrases) {}

    public Language defaultLanguage() {
        return Language.fromTag(language).orElseThrow();
    }

    public PipelineSettings pipeline() {
        Duration redeliverAfter = Duration.ofSeconds(redelivery.seconds());
        Duration reclaimEvery =
                redeliverAfter.dividedBy(4).isZero() ? Duration.ofSeconds(1) : redeliverAfter.dividedBy(4);
        return new PipelineSettings(workers, attempts, redeliverAfter, reclaimEvery, Duration.ofDays(retention.days()));
    }
}
