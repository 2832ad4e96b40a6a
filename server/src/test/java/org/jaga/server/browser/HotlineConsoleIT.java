package org.jaga.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jaga.core.language.Replies;
import org.jaga.core.redis.TestRedis;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

/** A person asks for help on the web chat; a responder takes over in the console and hands back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotlineConsoleIT {
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "correct horse battery";
    private static final String RESPONDER = "amina";
    private static final String RESPONDER_PASSWORD = "a long responder password";
    private static Playwright playwright;
    private static Browser browser;
    private final Replies replies = new Replies();
    private BrowserContext person;
    private BrowserContext responder;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
        registry.add("jaga.admin.user", () -> ADMIN);
        registry.add("jaga.admin.password", () -> ADMIN_PASSWORD);
    }

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void quit() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void open() {
        person = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("en-US"));
        responder = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        createResponder();
    }

    @AfterEach
    void close() {
        person.close();
        responder.close();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void createResponder() {
        int status = WebClient.create(base())
                .post()
                .uri("/api/v1/hotline/staff")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "username",
                        RESPONDER,
                        "password",
                        RESPONDER_PASSWORD,
                        "role",
                        "RESPONDER",
                        "desks",
                        List.of("general")))
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()))
                .block();
        assertThat(status).isEqualTo(201);
    }

    private static void send(Page chat, String text) {
        chat.getByTestId("message-input").fill(text);
        chat.getByTestId("send").click();
    }

    @Test
    void responderTakesOverADistressConversationRepliesAndHandsBackToTheBot() {
        Page chat = person.newPage();
        chat.navigate(base() + "/");
        send(chat, "please help me, they took my passport and I cannot leave");
        assertThat(chat.getByTestId("bot-message")).hasCount(1);

        Page console = responder.newPage();
        console.navigate(base() + "/console/");
        console.getByTestId("login-user").fill(RESPONDER);
        console.getByTestId("login-password").fill(RESPONDER_PASSWORD);
        console.getByTestId("login-submit").click();

        console.getByTestId("queue-item").first().click();
        assertThat(console.getByTestId("transcript")).containsText("they took my passport");
        assertThat(console.getByTestId("case-meta")).containsText("Language: en");
        console.getByTestId("claim").click();
        assertThat(console.getByTestId("case-meta")).containsText("with " + RESPONDER);
        console.getByTestId("reply-input").fill("I am here with you. Are you safe to write now?");
        console.getByTestId("reply-send").click();

        assertThat(chat.getByTestId("bot-message").last()).containsText("I am here with you.");
        assertThat(console.getByTestId("transcript")).containsText("I am here with you.");

        console.getByTestId("note-input").fill("asked about safety");
        console.getByTestId("note-send").click();
        assertThat(console.getByTestId("notes")).containsText("asked about safety");

        console.getByTestId("handback").click();
        assertThat(console.getByTestId("handback")).isDisabled();

        send(chat, "hello");
        assertThat(chat.getByTestId("bot-message").last()).containsText(replies.text(Language.ENGLISH, "menu.check"));
        assertThat(chat.getByTestId("bot-message")).hasCount(3);
    }
}
