package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code telegram-set-webhook} against a fake Bot API: what it registers, and how it reports a refusal. */
class TelegramWebhookCommandIT {
    private static final String TOKEN = "888002:SET-token";
    private static final String SET_WEBHOOK = "/bot" + TOKEN + "/setWebhook";
    private static final String PUBLIC_URL = "https://jaga.example.org/webhooks/telegram";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FakePlatform botApi =
            new FakePlatform(request -> new FakePlatform.Response(200, "{\"ok\":true,\"result\":true}"));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        botApi.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("JAGA_TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("JAGA_TELEGRAM_WEBHOOK_SECRET", "prod_Secret-42");
        env.put("JAGA_TELEGRAM_WEBHOOK_URL", PUBLIC_URL);
        env.put("JAGA_TELEGRAM_API_URL", botApi.url());
        return env;
    }

    /** @return the fields of a multipart/form-data body (telegrambots sends setWebhook that way) */
    private static Map<String, String> formFields(FakePlatform.Request request) {
        String type = request.header("Content-Type");
        assertThat(type).startsWith("multipart/form-data");
        String boundary = "--" + type.substring(type.indexOf("boundary=") + "boundary=".length());
        Map<String, String> fields = new HashMap<>();
        for (String part : request.body().split(java.util.regex.Pattern.quote(boundary))) {
            int blank = part.indexOf("\r\n\r\n");
            int name = part.indexOf("name=\"");
            if (blank < 0 || name < 0) {
                continue;
            }
            String key = part.substring(name + 6, part.indexOf('"', name + 6));
            fields.put(key, part.substring(blank + 4).replaceFirst("\r\n$", ""));
        }
        return fields;
    }

    private int run(Map<String, String> env) {
        return TelegramWebhookCommand.run(
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void registersTheUrlWithTheSecretTokenAndTheUpdateKindsJagaReads() {
        assertThat(run(env())).isZero();

        List<FakePlatform.Request> calls = botApi.requests();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.path()).isEqualTo(SET_WEBHOOK);
        });
        Map<String, String> form = formFields(calls.get(0));
        assertThat(form.get("url")).isEqualTo(PUBLIC_URL);
        assertThat(form.get("secret_token")).isEqualTo("prod_Secret-42");
        assertThat(JSON.readTree(form.get("allowed_updates")).valueStream().map(JsonNode::asString))
                .containsExactly("message", "edited_message", "callback_query", "my_chat_member", "message_reaction");
        assertThat(form.get("drop_pending_updates")).isEqualTo("false");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Telegram accepted the webhook " + PUBLIC_URL);
    }

    @Test
    void reportsTelegramsRefusalWithItsDescriptionAndExitsWithOne() {
        botApi.thenAnswer(
                new FakePlatform.Response(
                        400,
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: bad webhook: Failed to resolve host\"}"));

        assertThat(run(env())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("telegram-set-webhook: Telegram refused the webhook")
                .contains("Failed to resolve host");
    }

    @Test
    void reportsAnUnreachableBotApiAndExitsWithOne() {
        Map<String, String> env = env();
        botApi.close();

        assertThat(run(env)).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not reach Telegram at " + botApi.url());
    }

    @Test
    void refusesAPlainHttpUrlOrAMissingSettingWithoutCallingTelegram() {
        Map<String, String> http = env();
        http.put("JAGA_TELEGRAM_WEBHOOK_URL", "http://jaga.example.org/webhooks/telegram");
        Map<String, String> noSecret = env();
        noSecret.remove("JAGA_TELEGRAM_WEBHOOK_SECRET");
        Map<String, String> badSecret = env();
        badSecret.put("JAGA_TELEGRAM_WEBHOOK_SECRET", "has spaces");

        assertThat(run(http)).isEqualTo(2);
        assertThat(run(noSecret)).isEqualTo(2);
        assertThat(run(badSecret)).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("JAGA_TELEGRAM_WEBHOOK_URL must be an https:// URL")
                .contains("JAGA_TELEGRAM_WEBHOOK_SECRET is not set")
                .contains("JAGA_TELEGRAM_WEBHOOK_SECRET: the webhook secret must be");
        assertThat(botApi.requests()).isEmpty();
    }

    @Test
    void thePackagedCommandExitsNonZeroWhenTelegramRefuses() throws Exception {
        botApi.thenAnswer(
                new FakePlatform.Response(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"));
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        Path.of("target", "jaga.jar").toAbsolutePath().toString(),
                        TelegramWebhookCommand.NAME)
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("JAGA_"));
        builder.environment().putAll(env());

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).contains("Telegram refused the webhook").contains("Unauthorized");
        assertThat(botApi.requests()).singleElement().satisfies(call -> assertThat(call.path())
                .isEqualTo(SET_WEBHOOK));
        assertThat(Files.exists(Path.of("target", "jaga.jar"))).isTrue();
    }
}
