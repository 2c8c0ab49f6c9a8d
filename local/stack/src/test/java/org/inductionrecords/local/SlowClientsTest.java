package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients that are slow to send their requests, against the API and the Lambda invoke API of the running stack:
 * they must not hold up anyone else, and the servers drop them once their allowance has passed.
 */
@Tag("emulators")
class SlowClientsTest {

    /** Others are answered well before any slow client is dropped, so not because one was. */
    private static final Duration PROMPTLY = ReadDeadlines.HEADERS.minusSeconds(2);
    /** Scheduling on a busy two-core machine: how late a drop may be observed after its deadline. */
    private static final Duration LATENESS = Duration.ofSeconds(3);
    private static final String INVOKE_PATH = "/2015-03-31/functions/NoSuchFunction/invocations";

    private static RunningStack local;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Socket> slow = new ArrayList<>();

    @BeforeAll
    static void warmUp() {
        local = RunningStack.get();
        local.call("GET", "/me", null, null);   // the first request pays for class loading, not for slow clients
    }

    @AfterEach
    void closeSlowClients() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
    }

    @ParameterizedTest(name = "{0} connections to each server")
    @ValueSource(ints = {8, 32})
    void connectionsThatNeverFinishTheirHeadersHoldUpNobodyAndAreClosed(int connections) throws Exception {
        // given connections to both servers that send a request line and a header, and then nothing
        long opened = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            slow.add(send(local.apiUrl(), "GET /me HTTP/1.1\r\nHost: x\r\n"));
            slow.add(send(local.lambdaUrl(), "POST " + INVOKE_PATH + " HTTP/1.1\r\nHost: x\r\n"));
        }

        // when someone else calls each server, then each answers at once
        assertEquals(401, statusPromptly(HttpRequest.newBuilder(local.apiUrl().resolve("/me")).GET()));
        assertEquals(404, statusPromptly(HttpRequest.newBuilder(local.lambdaUrl().resolve(INVOKE_PATH))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));

        // and the servers close every slow connection once the headers' deadline has passed, without an answer
        for (Socket socket : slow) {
            assertClosedWithoutAnswerBy(socket, opened, ReadDeadlines.HEADERS.plus(LATENESS));
        }
        System.out.println("the last of " + slow.size() + " slow connections closed "
                + (System.nanoTime() - opened) / 1_000_000 + " ms after they were opened");
    }

    @Test
    void aBodyThatStopsComingHoldsUpNobodyAndIsClosedOnceItsAllowanceHasPassed() throws Exception {
        // given connections to both servers, more than each has threads for functions, that send whole headers
        // announcing 1,000 bytes of body, then 10 bytes, and then nothing
        long opened = System.nanoTime();
        for (int i = 0; i < ApiServer.FUNCTIONS_AT_ONCE * 2; i++) {
            slow.add(send(local.apiUrl(), "POST /schools HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"name\":\"x"));
            slow.add(send(local.lambdaUrl(), "POST " + INVOKE_PATH + " HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"name\":\"x"));
        }

        // when someone else calls each server, then each answers at once
        assertEquals(401, statusPromptly(HttpRequest.newBuilder(local.apiUrl().resolve("/schools"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))));
        assertEquals(404, statusPromptly(HttpRequest.newBuilder(local.lambdaUrl().resolve(INVOKE_PATH))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));

        // and each slow connection is closed, without an answer, once its body's allowance has passed
        for (Socket socket : slow) {
            assertClosedWithoutAnswerBy(socket, opened, ReadDeadlines.bodyAllowance(1000).plus(LATENESS));
        }
        System.out.println("the last of " + slow.size() + " slow bodies closed "
                + (System.nanoTime() - opened) / 1_000_000 + " ms after they were opened");
    }

    @Test
    void aClientThatTakesItsTimeButKeepsWithinEachAllowanceIsAnswered() throws Exception {
        // given a request whose headers take 3 of their 5 seconds and whose body then takes 3 of its 5: 6 s in all
        long started = System.nanoTime();
        try (Socket client = new Socket(local.apiUrl().getHost(), local.apiUrl().getPort())) {
            client.setSoTimeout(10_000);
            OutputStream out = client.getOutputStream();
            String body = "{\"name\":\"A school sent slowly\"}";
            List<String> parts = List.of("POST /schools HTTP/1.1\r\nHost: x\r\n", "Content-Type: application/json\r\n",
                    "Content-Length: " + body.length() + "\r\n", "\r\n",
                    body.substring(0, 10), body.substring(10, 20), body.substring(20));
            for (String part : parts) {
                if (part != parts.get(0)) {
                    Thread.sleep(1000);
                }
                write(out, part);
            }

            // when it has all arrived, then it is answered as any other (no token: 401)
            String status = new String(client.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 401", status);
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(ReadDeadlines.HEADERS) > 0,
                "the whole request took longer than the headers' deadline alone");
    }

    private static Socket send(URI server, String text) {
        try {
            Socket socket = new Socket(server.getHost(), server.getPort());
            write(socket.getOutputStream(), text);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private int statusPromptly(HttpRequest.Builder request) throws Exception {
        long sent = System.nanoTime();
        try {
            int status = http.send(request.timeout(PROMPTLY).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            System.out.println("answered in " + (System.nanoTime() - sent) / 1_000_000 + " ms beside slow clients");
            return status;
        } catch (HttpTimeoutException e) {
            return fail("no answer within " + PROMPTLY.toMillis() + " ms while slow clients were connected");
        }
    }

    /** The server closed the connection (end of stream or reset) before the bound, and sent nothing. */
    private static void assertClosedWithoutAnswerBy(Socket socket, long opened, Duration bound) throws IOException {
        long left = Duration.ofNanos(opened + bound.toNanos() - System.nanoTime()).toMillis();
        socket.setSoTimeout((int) Math.max(1, left));
        InputStream in = socket.getInputStream();
        try {
            int first = in.read();
            assertEquals(-1, first, "the server answered a slow client instead of dropping it");
        } catch (SocketTimeoutException e) {
            fail("a slow connection was still open " + bound.toMillis() + " ms after it was opened");
        } catch (IOException reset) {
            // closed with a reset: dropped as well
        }
    }
}
