package org.jaga.server.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Catches settings that would otherwise be ignored: a {@code JAGA_} variable nobody reads (a typo,
 * usually) and a port that is not a port. Everything else is validated when it is bound.
 */
public final class EnvironmentCheck {
    /** Every variable Jaga reads; the README's configuration table lists the same. */
    public static final Set<String> KNOWN = Set.of(
            "JAGA_PORT",
            "JAGA_REDIS_URL",
            "JAGA_REDIS_FSYNC",
            "JAGA_REDIS_PREFIX",
            "JAGA_DATA_DIR",
            "JAGA_WORKERS",
            "JAGA_ROLE",
            "JAGA_ATTEMPTS",
            "JAGA_REDELIVERY_SECONDS",
            "JAGA_RETENTION_DAYS",
            "JAGA_LANGUAGE",
            "JAGA_INSTANCE_ID",
            "JAGA_KNOWLEDGE_DIR",
            "JAGA_COVERT_PHRASES",
            "JAGA_TELEGRAM_BOT_TOKEN",
            "JAGA_TELEGRAM_API_URL",
            "JAGA_TELEGRAM_WEBHOOK_SECRET",
            "JAGA_TELEGRAM_WEBHOOK_URL",
            "JAGA_TELEGRAM_RATE",
            "JAGA_WHATSAPP_ACCESS_TOKEN",
            "JAGA_WHATSAPP_PHONE_NUMBER_ID",
            "JAGA_WHATSAPP_APP_SECRET",
            "JAGA_WHATSAPP_VERIFY_TOKEN",
            "JAGA_WHATSAPP_API_URL",
            "JAGA_WHATSAPP_TEMPLATE",
            "JAGA_WHATSAPP_TEMPLATE_LANGUAGE",
            "JAGA_WHATSAPP_RATE",
            "JAGA_MESSENGER_PAGE_ACCESS_TOKEN",
            "JAGA_MESSENGER_APP_SECRET",
            "JAGA_MESSENGER_VERIFY_TOKEN",
            "JAGA_MESSENGER_API_URL",
            "JAGA_MESSENGER_RATE",
            "JAGA_ADMIN_USER",
            "JAGA_ADMIN_PASSWORD",
            "JAGA_DESKS_FILE",
            "JAGA_LLM_PROVIDER",
            "JAGA_LLM_BASE_URL",
            "JAGA_LLM_MODEL",
            "JAGA_LLM_API_KEY");

    /** Variables only the test suite reads (JAGA_TEST_REDIS_URL, JAGA_TEST_CHROMIUM). */
    private static final String TEST_PREFIX = "JAGA_TEST_";

    private EnvironmentCheck() {}

    /** @return what is wrong with the environment; empty when nothing is */
    public static Problems check(Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(environment.keySet())) {
            if (name.startsWith("JAGA_") && !name.startsWith(TEST_PREFIX) && !KNOWN.contains(name)) {
                problems.add("unknown setting " + name + " (known: " + String.join(", ", new TreeSet<>(KNOWN)) + ")");
            }
        }
        String port = environment.get("JAGA_PORT");
        if (port != null && !isPort(port)) {
            problems.add("JAGA_PORT must be a port number from 0 to 65535, not '" + port + "'");
        }
        return new Problems(List.copyOf(problems));
    }

    private static boolean isPort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            return port >= 0 && port <= 65535;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** The problems found, each naming its setting. */
    public record Problems(List<String> messages) {
        public boolean isEmpty() {
            return messages.isEmpty();
        }
    }
}
