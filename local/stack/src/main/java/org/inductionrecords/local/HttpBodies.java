package org.inductionrecords.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reading capped request bodies and writing responses on the JDK HTTP server. */
final class HttpBodies {

    private HttpBodies() {
    }

    /** Thrown when a body is longer than allowed; nothing past the limit was read. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("body too large");
        }
    }

    private static final int READ_BUFFER = 64 * 1024;

    /** How much of a refused body is read and thrown away so that the client can still read the refusal. */
    static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    /**
     * The request body, at most {@code limit} bytes: a longer body (declared or sent) is {@link TooLarge}.
     * Nothing past the limit is kept, but the rest is read and discarded (up to {@link #DISCARD_LIMIT}): closing
     * a connection with unread bytes makes TCP reset it, and the client may then lose the 413 answer.
     */
    static byte[] read(HttpExchange exchange, long limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (declared == null && exchange.getRequestHeaders().getFirst("Transfer-Encoding") == null) {
                return new byte[0];   // HTTP/1.1: no length and no chunking means no body (most GETs)
            }
            long expected = declared == null ? -1 : declaredLength(declared);
            if (expected > limit) {
                discard(in);
                throw new TooLarge();
            }
            // Sized by the declared length: a 64 KB buffer for every request, most of them GETs without a body,
            // was a fifth of what the local API's threads allocated (docs/PERFORMANCE.md).
            ByteArrayOutputStream body = new ByteArrayOutputStream(expected > 0 ? (int) expected : 32);
            byte[] buffer = new byte[expected >= 0 ? (int) Math.min(expected + 1, READ_BUFFER) : READ_BUFFER];
            long total = 0;
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
                total += n;
                if (total > limit) {
                    discard(in);
                    throw new TooLarge();
                }
                body.write(buffer, 0, n);
            }
            return body.toByteArray();
        }
    }

    private static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1; // let the server's own framing decide
        }
    }

    private static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long discarded = 0;
        int n;
        while (discarded < DISCARD_LIMIT && (n = in.read(buffer)) > 0) {
            discarded += n;
        }
    }

    static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        boolean noBody = body == null || body.length == 0 || status == 204 || status == 304
                || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }
}
