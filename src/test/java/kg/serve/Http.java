package kg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the tests: GET, form POST, SPARQL over the protocol, and the tests' own .rq/.ru files. */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form)));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(b.build());
    }

    /** Runs a SPARQL query at /kg/sparql and returns its SPARQL JSON, failing on any status but 200. */
    JsonNode sparql(String query) {
        HttpResponse<String> r = get("kg/sparql?" + query(Map.of("query", query)), "Accept", "application/sparql-results+json");
        if (r.statusCode() != 200) {
            throw new AssertionError("SPARQL query answered " + r.statusCode() + ": " + r.body());
        }
        return json(r.body());
    }

    /** The single number a COUNT query of the tests' resources returns. */
    long count(String resource) {
        return sparql(resource(resource)).at("/results/bindings/0/n/value").asLong();
    }

    /** An API result as rows of plain values. */
    List<Map<String, String>> rows(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery, "Accept", "application/sparql-results+json");
        if (r.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        return rows(json(r.body()));
    }

    static List<Map<String, String>> rows(JsonNode results) {
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode b : results.at("/results/bindings")) {
            Map<String, String> row = new LinkedHashMap<>();
            for (JsonNode v : results.at("/head/vars")) {
                JsonNode value = b.get(v.asText());
                row.put(v.asText(), value == null ? "" : value.get("value").asText());
            }
            out.add(row);
        }
        return out;
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static String resource(String name) {
        try (InputStream in = Http.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
