package org.jaga.channels.meta;

import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts JSON to Meta's Graph API with a bearer token (kept out of URLs, so out of access logs). */
public final class GraphApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebClient client;

    public GraphApi(URI baseUrl, String accessToken, Duration timeout) {
        HttpClient http = HttpClient.create(ConnectionProvider.builder("graph-api")
                        .maxConnections(64)
                        .build())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
                .responseTimeout(timeout);
        this.client = WebClient.builder()
                .baseUrl(baseUrl.toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .build();
    }

    /** @return the response body; fails with {@link GraphFailure} when Meta answered an error */
    public Mono<JsonNode> post(String path, Object body) {
        String json = JSON.writeValueAsString(body);
        return client.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchangeToMono(response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("{}")
                        .map(text -> read(response.statusCode().value(), text)));
    }

    private static JsonNode read(int status, String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (RuntimeException notJson) {
            throw new GraphFailure(status, 0, 0, "the response is not JSON");
        }
        if (status >= 200 && status < 300 && !tree.has("error")) {
            return tree;
        }
        JsonNode error = tree.path("error");
        throw new GraphFailure(
                status,
                error.path("code").asInt(0),
                error.path("error_subcode").asInt(0),
                error.path("type").asString("") + " " + shortTitle(error));
    }

    private static String shortTitle(JsonNode error) {
        String title =
                error.path("error_user_title").asString(error.path("message").asString(""));
        return title.length() > 120 ? title.substring(0, 120) : title;
    }
}
