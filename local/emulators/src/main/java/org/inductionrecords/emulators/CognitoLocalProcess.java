package org.inductionrecords.emulators;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * cognito-local (npm {@code cognito-local@5.3.0}) as a node child process, installed into a cache directory
 * on first use. Its data lives in {@code .cognito/} under its working directory.
 *
 * <p>Node is started through a tiny wrapper that exits when its stdin closes, so the child never outlives
 * this JVM, even after a kill -9. It listens on the address it is given (cognito-local's {@code HOST}; its own
 * default, "localhost", may bind IPv6 only, unreachable from Java's first address), and its tokens name the URL
 * clients here call it by as issuer ({@code http://localhost:<port>} for 127.0.0.1).
 */
final class CognitoLocalProcess implements AutoCloseable {

    static final String VERSION = "5.3.0";
    static final String HOME_PROPERTY = "induction.cognitoLocalHome";

    private final Process process;
    private final URI endpoint;
    private final Path workDir;

    private CognitoLocalProcess(Process process, URI endpoint, Path workDir) {
        this.process = process;
        this.endpoint = endpoint;
        this.workDir = workDir;
    }

    /** Launches node without waiting for it; call {@link #awaitReady()} before use. */
    static CognitoLocalProcess launch(ListenAddress listen, int port, Path workDir) throws Exception {
        Path startScript = installIfMissing();
        Path config = workDir.resolve(".cognito").resolve("config.json");
        Files.createDirectories(config.getParent());
        URI endpoint = listen.url(port);
        // The issuer is written into every token: the URL clients here call, whatever port we got.
        Files.writeString(config, "{\"TokenConfig\":{\"IssuerDomain\":\"" + endpoint + "\"}}\n");
        String wrapper = "process.stdin.on('end',()=>process.exit(0));process.stdin.on('error',()=>process.exit(0));"
                + "process.stdin.resume();require(process.argv[1]);";
        ProcessBuilder builder = new ProcessBuilder("node", "-e", wrapper, startScript.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("cognito-local.log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("HOST", listen.literal());
        builder.environment().remove("DEBUG");
        return new CognitoLocalProcess(builder.start(), endpoint, workDir);
    }

    /** Blocks until cognito-local answers its health check; closes the process and throws if it never does. */
    void awaitReady() throws Exception {
        try {
            awaitHealthy();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    int port() {
        return endpoint.getPort();
    }

    /** e.g. http://localhost:9229 */
    URI endpoint() {
        return endpoint;
    }

    private void awaitHealthy() throws Exception {
        URI health = endpoint.resolve("/health");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);   // node boots in seconds, but a loaded CI box is slow
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("cognito-local exited with " + process.exitValue() + " on port " + port()
                        + ": " + tail(workDir.resolve("cognito-local.log")));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) health.toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(1000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("cognito-local did not answer on port " + port() + " within 60 s: "
                + tail(workDir.resolve("cognito-local.log")));
    }

    /**
     * The package's start script, installing {@code cognito-local@5.3.0} with npm when it is not there yet.
     * A file lock keeps two JVMs (two builds at once) from installing into the same directory together.
     */
    static synchronized Path installIfMissing() throws IOException, InterruptedException {
        Path home = home();
        Path script = home.resolve("node_modules/cognito-local/lib/bin/start.js");
        if (Files.isRegularFile(script)) {
            return script;
        }
        Files.createDirectories(home);
        try (FileChannel lockFile = FileChannel.open(home.resolve(".install.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            if (Files.isRegularFile(script)) {
                return script;   // the other JVM finished it while we waited
            }
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund",
                    "--prefix", home.toString(), "cognito-local@" + VERSION)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("npm-install.log").toFile())
                    .start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(script)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm install cognito-local@" + VERSION + " into " + home + " failed: "
                        + tail(home.resolve("npm-install.log")));
            }
            return script;
        }
    }

    static Path home() {
        String configured = System.getProperty(HOME_PROPERTY);
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "induction-records", "cognito-local");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
