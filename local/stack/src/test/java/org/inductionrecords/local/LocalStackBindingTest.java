package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack seen from a neighbour on a shared network: which addresses its servers listen on. Each port
 * is judged twice: by the kernel's socket table (the address the server socket is bound to) and by connecting,
 * on 127.0.0.1 and on an address of this machine that others could reach.
 */
@Tag("emulators")
class LocalStackBindingTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void everyServerListensOnLoopbackOnlyByDefault(TestReporter reporter) {
        // given the stack started with the default options
        Map<String, Integer> ports = ports(RunningStack.get().outputs());

        // then the kernel lists each of its ports as listening on 127.0.0.1 alone
        assertListening(Set.of("127.0.0.1"), ports);
        // and each answers on 127.0.0.1 but refuses a connection to this machine's other address
        ports.forEach((name, port) -> assertTrue(connects(LOOPBACK, port), name + " on 127.0.0.1:" + port));
        Optional<InetAddress> neighbourSide = nonLoopbackAddress();
        if (neighbourSide.isEmpty()) {
            say(reporter, "This machine has no non-loopback address: no connection from another interface was tried;"
                    + " only the kernel's socket table above shows that the servers listen on 127.0.0.1 alone.");
        }
        neighbourSide.ifPresent(address -> ports.forEach((name, port) -> assertFalse(connects(address, port),
                name + " answered on " + address.getHostAddress() + ":" + port)));
    }

    @Test
    void hostMovesEveryServerThereAndWarnsThatOthersCanReachIt(@TempDir Path dataDir, TestReporter reporter) {
        // given --host with an address of this machine that others can reach (every interface when it has none)
        String host = nonLoopbackAddress().map(InetAddress::getHostAddress).orElse("0.0.0.0");
        say(reporter, "--host " + host);
        LocalStackOptions options = LocalStackOptions.parse("--host", host, "--no-schedules").withFreePorts()
                .withDataDir(dataDir).withStackName("exposed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        // when the stack starts
        try (LocalStack stack = LocalStack.start(options, console, false)) {
            // then every server listens on that address and nowhere else
            assertListening(Set.of(host), ports(stack.outputs()));
            // and the console warned, naming the address
            String warnings = err.toString(StandardCharsets.UTF_8);
            assertTrue(warnings.contains("WARNING") && warnings.contains(host), warnings);
            // and the API answers at the address outputs.json gives for it
            URI api = URI.create(String.valueOf(endpoints(stack.outputs()).get("api")));
            assertEquals(401, status(api.resolve("/me")), api.toString());
        }
    }

    private static void assertListening(Set<String> addresses, Map<String, Integer> ports) {
        assertAll(ports.entrySet().stream().map(port -> () -> assertEquals(addresses,
                ListeningSockets.addressesOn(port.getValue()), port.getKey() + " on port " + port.getValue())));
    }

    /** Each endpoint of outputs.json with its port. */
    private static Map<String, Integer> ports(Map<String, Object> outputs) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        endpoints(outputs).forEach((name, url) -> ports.put(name, URI.create(String.valueOf(url)).getPort()));
        assertEquals(Set.of("api", "lambda", "dynamodb", "s3", "cognito", "ses"), ports.keySet());
        return ports;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> endpoints(Map<String, Object> outputs) {
        return (Map<String, Object>) outputs.get("endpoints");
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** An IPv4 address of an interface that is up and not loopback, as a neighbour would reach this machine. */
    static Optional<InetAddress> nonLoopbackAddress() {
        try {
            return NetworkInterface.networkInterfaces().filter(LocalStackBindingTest::upAndNotLoopback)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .findFirst();
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int status(URI uri) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void say(TestReporter reporter, String message) {
        System.out.println(message);
        reporter.publishEntry(message);
    }

    private static boolean upAndNotLoopback(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
