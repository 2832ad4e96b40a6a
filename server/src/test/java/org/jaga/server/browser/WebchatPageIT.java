package org.jaga.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The web chat page in a real browser, as a person on a phone uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebchatPageIT {
    private static final String EXIT = "https://www.google.com/search?q=weather";
    private static Playwright playwright;
    private static Browser browser;
    private final Replies replies = new Replies();
    private BrowserContext context;
    private Page page;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
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
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setLocale("en-US")
                .setIsMobile(true)
                .setHasTouch(true));
        // The quick exit leaves for a neutral site; answer it here, as this machine has no internet.
        context.route(
                EXIT,
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html")
                        .setBody("<title>weather</title>weather")));
        page = context.newPage();
        page.navigate("http://127.0.0.1:" + port + "/");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void send(String text) {
        page.getByTestId("message-input").fill(text);
        page.getByTestId("send").click();
    }

    private Locator lastBotMessage() {
        return page.getByTestId("bot-message").last();
    }

    @Test
    void personChatsInEnglishThaiAndIndonesianAndIsAnsweredInEach() {
        send("hello");
        assertThat(lastBotMessage()).containsText("1. " + replies.text(Language.ENGLISH, "menu.check"));

        send("สวัสดีครับ");
        assertThat(page.getByTestId("bot-message")).hasCount(2);
        assertThat(lastBotMessage()).containsText(replies.text(Language.THAI, "menu.check"));

        send("Halo kak, saya mau tanya soal lowongan kerja ini, apakah bisa dipercaya?");
        assertThat(page.getByTestId("user-message")).hasCount(3);
        assertThat(lastBotMessage()).containsText(replies.text(Language.INDONESIAN, "check.prompt"));
    }

    @Test
    void replyButtonsChooseWhatToDo() {
        send("hi");
        page.getByTestId("reply-button")
                .filter(new Locator.FilterOptions().setHasText(replies.text(Language.ENGLISH, "menu.check")))
                .click();

        assertThat(lastBotMessage()).containsText(replies.text(Language.ENGLISH, "check.prompt"));
    }

    @Test
    void reloadingThePageShowsTheConversationAgainWithoutDuplicates() {
        send("hello");
        assertThat(page.getByTestId("bot-message")).hasCount(1);

        page.reload();

        assertThat(page.getByTestId("user-message")).hasCount(1);
        assertThat(page.getByTestId("bot-message")).hasCount(1);
    }

    @Test
    void quickExitLeavesForANeutralSiteAndLeavesNothingBehind() {
        send("please help me");
        assertThat(page.getByTestId("bot-message")).hasCount(1);
        Object conversation = page.evaluate("() => localStorage.getItem('c.id')");
        page.getByTestId("message-input").fill("half-typed words");

        page.getByTestId("quick-exit").click();

        page.waitForURL(EXIT);
        page.goBack();
        assertThat(page).not().hasURL(Pattern.compile(".*127\\.0\\.0\\.1.*"));

        Page again = context.newPage();
        again.navigate("http://127.0.0.1:" + port + "/actuator/health");
        assertThat(((Number) again.evaluate("() => localStorage.length + sessionStorage.length")).intValue())
                .isZero();
        again.navigate("http://127.0.0.1:" + port + "/");
        assertThat(again.getByTestId("message-input")).hasValue("");
        assertThat(again.getByTestId("bot-message")).hasCount(0);
        assertThat(again.getByTestId("user-message")).hasCount(0);
        assertThat(again.evaluate("() => localStorage.getItem('c.id')")).isNotEqualTo(conversation);
    }

    @Test
    void pageHasEveryLanguageInItsOwnScript() {
        Locator picker = page.getByTestId("language");
        assertThat(picker.locator("option")).hasCount(9);

        picker.selectOption("km");

        assertThat(page.locator("html")).hasAttribute("lang", "km");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile(".+")))
                        .first())
                .isVisible();
    }
}
