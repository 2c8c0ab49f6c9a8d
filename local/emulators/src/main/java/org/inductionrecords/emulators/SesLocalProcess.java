package org.inductionrecords.emulators;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The local mailbox: the SES emulator npm {@code aws-ses-v2-local@2.10.2} ({@link NodePackage}), installed into a
 * cache directory on first use. It answers the SES v1 and v2 SendEmail APIs, keeps every email in memory (a restart
 * empties it), shows them at {@code /} and answers them as JSON at {@code GET /store}. Run through its library
 * entry point so that it listens on exactly the address given (its CLI's default is every interface).
 */
final class SesLocalProcess implements AutoCloseable {

    static final String VERSION = "2.10.2";
    static final String HOME_PROPERTY = "induction.sesLocalHome";
    static final NodePackage PACKAGE = new NodePackage("aws-ses-v2-local", VERSION, HOME_PROPERTY, "aws-ses-v2-local");

    private static final String START = """
            require(process.argv[1]).default({ host: process.env.HOST, port: Number(process.env.PORT) })
              .then(() => console.log('aws-ses-v2-local listening on ' + process.env.HOST + ':' + process.env.PORT));
            """;

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private SesLocalProcess(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** Launches node without waiting for it; call {@link #awaitReady()} before use. */
    static SesLocalProcess launch(ListenAddress listen, int port, Path workDir) throws Exception {
        Path index = installIfMissing();
        Path log = workDir.resolve("aws-ses-v2-local.log");
        Process process = NodePackage.launch(START, List.of(index.toString()),
                Map.of("PORT", String.valueOf(port), "HOST", listen.literal()), workDir, log);
        return new SesLocalProcess(process, listen.url(port), log);
    }

    void awaitReady() throws Exception {
        try {
            NodePackage.awaitHealthy("aws-ses-v2-local", process, endpoint.resolve("/health-check"), log);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** e.g. http://localhost:8005 */
    URI endpoint() {
        return endpoint;
    }

    static Path installIfMissing() throws java.io.IOException, InterruptedException {
        return PACKAGE.installIfMissing("dist/index.js");
    }

    @Override
    public void close() {
        NodePackage.stop(process);
    }
}
