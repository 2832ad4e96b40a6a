package org.jaga.server;

import java.util.Arrays;
import org.jaga.knowledge.recruiter.RecruiterImport;
import org.jaga.server.channels.TelegramWebhookCommand;
import org.jaga.server.settings.EnvironmentCheck;
import org.jaga.server.settings.JagaSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Jaga: the chat service against trafficking into forced criminality. {@code java -jar jaga.jar}
 * runs the service; {@code java -jar jaga.jar import-recruiters --out DIR FILE…} imports recruiter
 * lists into a folder that {@code JAGA_KNOWLEDGE_DIR} then loads.
 */
@SpringBootApplication
@EnableConfigurationProperties(JagaSettings.class)
public class JagaApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import-recruiters")) {
            RecruiterImport.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && TelegramWebhookCommand.NAME.equals(args[0])) {
            System.exit(TelegramWebhookCommand.run(System.getenv(), System.out, System.err));
        }
        EnvironmentCheck.Problems problems = EnvironmentCheck.check(System.getenv());
        if (!problems.isEmpty()) {
            System.err.println("Jaga cannot start: " + String.join("; ", problems.messages()));
            System.exit(2);
        }
        SpringApplication.run(JagaApplication.class, args);
    }
}
