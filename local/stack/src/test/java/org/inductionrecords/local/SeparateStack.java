package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inductionrecords.emulators.FreePorts;

/**
 * A local stack run as its users run it, in its own JVM with flags the shared {@link RunningStack} does not have
 * (such as {@code --require-admin-mfa}), on free ports and a temporary data directory; {@link #close()} stops it and
 * deletes the directory. {@link #outputs()} is the stack's outputs file (ApiUrl, UserPoolClientId, endpoints).
 */
record SeparateStack(Process process, Path dataDir, JsonNode outputs) implements AutoCloseable {

    static SeparateStack start(String name, String adminEmail, String adminPassword, String... flags)
            throws Exception {
        Path dataDir = Files.createTempDirectory("induction-local-" + name + "-");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalStack.class.getName(),
                "--data-dir", dataDir.toString(), "--stack-name", name, "--no-schedules",
                "--admin-email", adminEmail, "--admin-password", adminPassword));
        command.addAll(List.of(flags));
        for (String port : List.of("--api-port", "--lambda-port", "--dynamodb-port", "--s3-port", "--cognito-port")) {
            command.add(port);
            command.add(String.valueOf(FreePorts.pick()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("stack.log").toFile()).start();
        Path outputs = dataDir.resolve(OutputsFile.NAME);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (!Files.exists(outputs)) {
            assertTrue(process.isAlive(), "the local stack stopped:\n" + Files.readString(dataDir.resolve("stack.log")));
            assertTrue(Instant.now().isBefore(deadline), "the local stack did not start in 4 minutes");
            Thread.sleep(250);
        }
        return new SeparateStack(process, dataDir, new ObjectMapper().readTree(outputs.toFile()));
    }

    @Override
    public void close() throws Exception {
        process.destroy();   // its shutdown hook stops the emulators it started
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        RunningStack.deleteRecursively(dataDir);
    }
}
