package org.jaga.server.channels;

import java.util.List;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when any of a channel's required settings is set, so that a partial configuration is
 * bound and validated (and stops start-up naming what is missing) instead of being ignored.
 */
abstract class AnySetCondition implements Condition {
    private final List<String> properties;

    AnySetCondition(String... properties) {
        this.properties = List.of(properties);
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return properties.stream().map(context.getEnvironment()::getProperty).anyMatch(v -> v != null && !v.isBlank());
    }

    static final class WhatsApp extends AnySetCondition {
        WhatsApp() {
            super(
                    "jaga.whatsapp.access.token",
                    "jaga.whatsapp.phone.number.id",
                    "jaga.whatsapp.app.secret",
                    "jaga.whatsapp.verify.token");
        }
    }

    static final class Messenger extends AnySetCondition {
        Messenger() {
            super("jaga.messenger.page.access.token", "jaga.messenger.app.secret", "jaga.messenger.verify.token");
        }
    }
}
