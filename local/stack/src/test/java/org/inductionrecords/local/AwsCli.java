package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real AWS CLI ({@code aws} on PATH, v1 or v2), run as a user would against the local stack: region
 * eu-west-2, access key {@code local}/{@code local}, a throwaway config and credentials file so a developer's
 * own profile can never leak in, and S3 path-style addressing (S3Proxy serves path-style only).
 * A missing CLI fails the test with what to install: the contract promises the CLI works, so it is not skipped.
 */
final class AwsCli {

    private static final Pattern VERSION = Pattern.compile("aws-cli/(\\d+)\\.");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile AwsCli instance;

    private final Path home;
    private final int majorVersion;

    private AwsCli(Path home, int majorVersion) {
        this.home = home;
        this.majorVersion = majorVersion;
    }

    static AwsCli get() {
        AwsCli current = instance;
        if (current == null) {
            synchronized (AwsCli.class) {
                if (instance == null) {
                    instance = create();
                }
                current = instance;
            }
        }
        return current;
    }

    private static AwsCli create() {
        try {
            Path home = Files.createTempDirectory("aws-cli-e2e-");
            Files.writeString(home.resolve("config"), "[default]\nregion = eu-west-2\noutput = json\n"
                    + "s3 =\n    addressing_style = path\n");
            Files.writeString(home.resolve("credentials"),
                    "[default]\naws_access_key_id = local\naws_secret_access_key = local\n");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> RunningStack.deleteRecursively(home)));
            Result version = run(home, List.of("aws", "--version"));
            Matcher matcher = VERSION.matcher(version.stdout() + version.stderr());
            if (version.exitCode() != 0 || !matcher.find()) {
                fail("`aws --version` did not name a version: " + version);
            }
            return new AwsCli(home, Integer.parseInt(matcher.group(1)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int majorVersion() {
        return majorVersion;
    }

    /** {@code aws <args>}; the caller asserts on the result. */
    Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("aws");
        command.addAll(List.of(args));
        return run(home, command);
    }

    /** {@code aws <args>} that must succeed; answers its stdout parsed as JSON (null when empty). */
    JsonNode json(String... args) {
        Result result = run(args);
        assertEquals(0, result.exitCode(), () -> "aws " + String.join(" ", args) + " failed: " + result);
        try {
            return result.stdout().isBlank() ? null : JSON.readTree(result.stdout());
        } catch (IOException e) {
            throw new AssertionError("aws " + String.join(" ", args) + " did not print JSON: " + result, e);
        }
    }

    /**
     * {@code aws lambda invoke} of a payload file: v2 needs {@code --cli-binary-format raw-in-base64-out} to
     * send the file as it is, v1 does not know that option (and sends it as it is).
     */
    Result invoke(String lambdaEndpoint, String function, Path payload, Path out) {
        List<String> args = new ArrayList<>(List.of("lambda", "invoke", "--endpoint-url", lambdaEndpoint,
                "--function-name", function));
        if (majorVersion >= 2) {
            args.addAll(List.of("--cli-binary-format", "raw-in-base64-out"));
        }
        args.addAll(List.of("--payload", "file://" + payload.toAbsolutePath(), out.toAbsolutePath().toString()));
        return run(args.toArray(String[]::new));
    }

    private static Result run(Path home, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_DEFAULT_REGION", "eu-west-2");
        env.put("AWS_REGION", "eu-west-2");
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_PAGER", "");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        try {
            Path stdout = Files.createTempFile(home, "stdout-", ".txt");
            Path stderr = Files.createTempFile(home, "stderr-", ".txt");
            Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("aws " + String.join(" ", command) + " did not finish in 180 s");
            }
            Result result = new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            return result;
        } catch (IOException notFound) {
            throw new AssertionError("The AWS CLI is needed and `aws` could not be run (" + notFound.getMessage()
                    + "). Install it (Debian/Ubuntu: `apt-get install awscli`, or AWS CLI v2) and put `aws` on PATH.",
                    notFound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String stdout, String stderr) {
    }
}
