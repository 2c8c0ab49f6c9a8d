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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An emulator that ships as a pinned npm package: installed with npm into a cache directory on first use, run as a
 * node child process that exits when its stdin closes (so it never outlives this JVM, even after a kill -9), and
 * ready once its health URL answers 200. cognito-local and aws-ses-v2-local are both run this way.
 */
final class NodePackage {

    /** Prepended to every wrapper: node exits as soon as this JVM's end of its stdin is gone. */
    private static final String EXIT_WITH_PARENT = "process.stdin.on('end',()=>process.exit(0));"
            + "process.stdin.on('error',()=>process.exit(0));process.stdin.resume();";

    private final String name;
    private final String version;
    private final String homeProperty;
    private final String cacheDirectory;

    NodePackage(String name, String version, String homeProperty, String cacheDirectory) {
        this.name = name;
        this.version = version;
        this.homeProperty = homeProperty;
        this.cacheDirectory = cacheDirectory;
    }

    String spec() {
        return name + "@" + version;
    }

    /** {@code ~/.cache/induction-records/<cacheDirectory>}, or the directory the system property names. */
    Path home() {
        String configured = System.getProperty(homeProperty);
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "induction-records", cacheDirectory);
    }

    /**
     * {@code file} (relative to the package's own directory), installing the package with npm when it is not there
     * yet. A file lock keeps two JVMs (two builds at once) from installing into the same directory together.
     */
    synchronized Path installIfMissing(String file) throws IOException, InterruptedException {
        Path home = home();
        Path script = home.resolve("node_modules").resolve(name).resolve(file);
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
                    "--prefix", home.toString(), spec())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("npm-install.log").toFile())
                    .start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(script)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm install " + spec() + " into " + home + " failed: "
                        + tail(home.resolve("npm-install.log")));
            }
            return script;
        }
    }

    /** Starts {@code node -e <wrapper> args...} in {@code workDir}, its output to {@code log}; does not wait. */
    static Process launch(String wrapper, List<String> args, Map<String, String> environment, Path workDir, Path log)
            throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("node", "-e", EXIT_WITH_PARENT + wrapper));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().remove("DEBUG");
        return builder.start();
    }

    /** Blocks until {@code health} answers 200; throws with the log's tail if the process exits or 60 s pass. */
    static void awaitHealthy(String what, Process process, URI health, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);   // node boots in seconds, a loaded box is slow
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited with " + process.exitValue() + " on port "
                        + health.getPort() + ": " + tail(log));
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
        throw new IllegalStateException(what + " did not answer on port " + health.getPort() + " within 60 s: "
                + tail(log));
    }

    /** Ends the process: politely, then forcibly after 5 s. */
    static void stop(Process process) {
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

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
