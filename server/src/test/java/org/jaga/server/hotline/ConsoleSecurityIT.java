package org.jaga.server.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.jaga.core.redis.TestRedis;
import org.jaga.server.hotline.HotlineClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

/** Sessions, CSRF and login throttling of the console, over real HTTP and Redis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleSecurityIT {
    private static final String API = "/api/v1/hotline";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
        registry.add("jaga.admin.user", () -> HotlineApiIT.ADMIN);
        registry.add("jaga.admin.password", () -> HotlineApiIT.ADMIN_PASSWORD);
    }

    private WebClient web() {
        return WebClient.create("http://127.0.0.1:" + port);
    }

    private Answer login(String password) {
        return login(HotlineApiIT.ADMIN, password);
    }

    private Answer login(String user, String password) {
        return web().post()
                .uri(API + "/session")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("user", user, "password", password))
                .exchangeToMono(HotlineClient::answer)
                .block(Duration.ofSeconds(20));
    }

    private static String cookie(Answer login) {
        String header = login.headers().getFirst("Set-Cookie");
        return header.substring(0, header.indexOf(';'));
    }

    private Answer withCookie(String method, String path, String cookie, String csrf) {
        return web().method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(API + path)
                .header("Cookie", cookie)
                .headers(h -> {
                    if (csrf != null) {
                        h.set("X-CSRF-Token", csrf);
                    }
                })
                .exchangeToMono(HotlineClient::answer)
                .block(Duration.ofSeconds(20));
    }

    @Test
    void aLoginSetsAStrictHttpOnlySessionCookieThatOpensTheApi() {
        Answer login = login(HotlineApiIT.ADMIN_PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        String setCookie = login.headers().getFirst("Set-Cookie");
        assertThat(setCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
        assertThat(cookie(login).length()).isEqualTo("jaga_console=".length() + 43);
        assertThat(withCookie("GET", "/conversations", cookie(login), null).status())
                .isEqualTo(200);
    }

    @Test
    void unsafeRequestsWithTheCookieNeedTheSessionsCsrfToken() {
        Answer login = login(HotlineApiIT.ADMIN_PASSWORD);
        String csrf = login.body().get("csrf").asString();

        assertThat(withCookie("DELETE", "/session", cookie(login), null).status())
                .isEqualTo(403);
        assertThat(withCookie("DELETE", "/session", cookie(login), "forged").status())
                .isEqualTo(403);
        assertThat(withCookie("DELETE", "/session", cookie(login), csrf).status())
                .isEqualTo(204);
    }

    @Test
    void aClosedSessionOpensNothing() {
        Answer login = login(HotlineApiIT.ADMIN_PASSWORD);
        withCookie("DELETE", "/session", cookie(login), login.body().get("csrf").asString());

        assertThat(withCookie("GET", "/conversations", cookie(login), null).status())
                .isEqualTo(401);
        assertThat(withCookie("GET", "/conversations", "jaga_console=" + "A".repeat(43), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForThatAddressEvenForTheRightOne() {
        String password = "the right password";
        assertThat(new HotlineClient(port)
                        .call(
                                "POST",
                                API + "/staff",
                                HotlineApiIT.ADMIN,
                                HotlineApiIT.ADMIN_PASSWORD,
                                Map.of("username", "guessed", "password", password, "role", "SUPERVISOR"))
                        .status())
                .isEqualTo(201);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(login("guessed", "wrong password " + attempt).status()).isEqualTo(401);
        }

        Answer locked = login("guessed", password);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().getFirst("Retry-After"))).isBetween(1L, 900L);
        assertThat(locked.body().get("error").asString()).isEqualTo("Too Many Requests");
    }
}
