package org.jaga.server.channels;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * A platform API on loopback: records every request exactly as it arrived, answers with scripted
 * responses first (429s, 5xx…) and with the default responder after them.
 */
final class FakePlatform implements AutoCloseable {
    /** One request as the platform saw it. */
    record Request(String method, String path, String query, Map<String, String> headers, String body, Instant at) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** One answer. */
    record Response(int status, String body) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<Request, Response> answers =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final ConcurrentLinkedDeque<Response> scripted = new ConcurrentLinkedDeque<>();
    private volatile Function<Request, Response> responder;

    FakePlatform(Function<Request, Response> responder) {
        this.responder = responder;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next requests get these answers, in order, before the default responder takes over. */
    void thenAnswer(Response... responses) {
        scripted.addAll(List.of(responses));
    }

    void respondWith(Function<Request, Response> newResponder) {
        this.responder = newResponder;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(Predicate<Request> which) {
        return requests.stream().filter(which).collect(Collectors.toList());
    }

    List<Request> awaitRequests(Predicate<Request> which, int count, Duration atMost) {
        Awaitility.await().atMost(atMost).until(() -> requests(which).size() >= count);
        return requests(which);
    }

    /** @return what the platform answered to that request (one of {@link #requests()}) */
    Response answerTo(Request request) {
        return answers.get(request);
    }

    void reset() {
        requests.clear();
        scripted.clear();
        answers.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
        Request request = new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                headers,
                body,
                Instant.now());
        Response scriptedResponse = scripted.pollFirst();
        Response response = scriptedResponse != null ? scriptedResponse : responder.apply(request);
        answers.put(request, response);
        requests.add(request);
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static List<String> lines(List<Request> requests, Function<Request, String> what) {
        return requests.stream().map(what).collect(Collectors.toCollection(ArrayList::new));
    }
}
