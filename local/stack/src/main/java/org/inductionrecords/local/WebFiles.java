package org.inductionrecords.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web front end's built files ({@code web/dist} beside template.yaml) served on the API's port, as
 * CloudFront serves them from S3 in AWS, plus {@code /config.json} made from this stack's values (in AWS the
 * deployment writes that file from the stack's Outputs). Same origin as the API, so the browser needs no
 * CORS for the API; cognito-local answers CORS itself.
 */
final class WebFiles {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "mjs",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "txt", "text/plain; charset=utf-8");

    private final Path root;
    private final byte[] config;

    private WebFiles(Path root, byte[] config) {
        this.root = root;
        this.config = config;
    }

    /**
     * The files under {@code dir}, looked up on each request, so a build made after the stack started (./mvnw
     * package, or npm --prefix web run build) is served without a restart; until then the API port serves the API only.
     */
    static WebFiles of(Path dir, String cognitoEndpoint, String userPoolId, String userPoolClientId) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("apiUrl", "");
        config.put("cognitoEndpoint", cognitoEndpoint);
        config.put("userPoolId", userPoolId);
        config.put("userPoolClientId", userPoolClientId);
        try {
            return new WebFiles(dir.toAbsolutePath().normalize(), Json.MAPPER.writeValueAsBytes(config));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Path root() {
        return root;
    }

    boolean built() {
        return Files.isRegularFile(root.resolve("index.html"));
    }

    /** Serves a GET or HEAD of a file; false when there is no such file (the caller answers 404). */
    boolean serve(HttpExchange exchange, String rawPath) throws IOException {
        if (!built()) {
            return false;
        }
        String path = rawPath.equals("/") ? "/index.html" : rawPath;
        if (path.equals("/config.json")) {
            HttpBodies.send(exchange, 200, headers("json"), config);
            return true;
        }
        if (path.contains("..") || path.contains("%") || path.contains("\\")) {
            return false;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return false;
        }
        String name = file.getFileName().toString();
        HttpBodies.send(exchange, 200, headers(name.substring(name.lastIndexOf('.') + 1)), Files.readAllBytes(file));
        return true;
    }

    private static Map<String, String> headers(String extension) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        return headers;
    }
}
