package org.inductionrecords.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The CloudFormation resource specification as the AWS CDK maintains it, machine-readable: npm
 * {@code @aws-cdk/aws-service-spec} (pinned {@value #VERSION}), whose {@code db.json.gz} holds every resource type
 * with its properties (type, required), attributes, and the property types they refer to. Installed on first use
 * into {@code ~/.cache/induction-records/aws-service-spec} under a file lock, as cognito-local is (.ci/run does it
 * up front), and read with Jackson.
 */
final class ServiceSpec {

    static final String VERSION = "0.1.216";
    static final String PACKAGE = "@aws-cdk/aws-service-spec";

    private static volatile ServiceSpec loaded;

    private final Map<String, JsonNode> resources = new HashMap<>();
    private final Map<String, JsonNode> types = new HashMap<>();

    private ServiceSpec(JsonNode db) {
        JsonNode schema = db.get("schema");
        schema.at("/resource/entities").forEach(r -> resources.put(r.get("cloudFormationType").asText(), r));
        schema.at("/typeDefinition/entities").forEach(t -> types.put(t.get("$id").asText(), t));
    }

    static ServiceSpec get() {
        ServiceSpec spec = loaded;
        if (spec == null) {
            synchronized (ServiceSpec.class) {
                if (loaded == null) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(installIfMissing()), 1 << 16)) {
                        loaded = new ServiceSpec(new ObjectMapper().readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                spec = loaded;
            }
        }
        return spec;
    }

    /** The resource type's entry ({@code properties}, {@code attributes}), or null if the spec has no such type. */
    JsonNode resource(String cloudFormationType) {
        return resources.get(cloudFormationType);
    }

    /** A property type by its {@code $ref} id. */
    JsonNode type(String id) {
        return types.get(id);
    }

    int resourceTypes() {
        return resources.size();
    }

    static Path home() {
        return Path.of(System.getProperty("user.home"), ".cache", "induction-records", "aws-service-spec");
    }

    private static Path installIfMissing() throws IOException {
        Path home = home();
        Path db = home.resolve("node_modules/@aws-cdk/aws-service-spec/db.json.gz");
        if (Files.isRegularFile(db) && installedVersion(home).equals(VERSION)) {
            return db;
        }
        Files.createDirectories(home);
        try (FileChannel lockFile = FileChannel.open(home.resolve(".install.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            if (Files.isRegularFile(db) && installedVersion(home).equals(VERSION)) {
                return db;   // another JVM installed it while we waited
            }
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund",
                    "--prefix", home.toString(), PACKAGE + "@" + VERSION)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("npm-install.log").toFile())
                    .start();
            try {
                if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(db)) {
                    npm.destroyForcibly();
                    throw new IllegalStateException("npm install " + PACKAGE + "@" + VERSION + " into " + home
                            + " failed: " + Files.readString(home.resolve("npm-install.log"), StandardCharsets.UTF_8));
                }
            } catch (InterruptedException e) {
                npm.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return db;
        }
    }

    private static String installedVersion(Path home) {
        Path manifest = home.resolve("node_modules/@aws-cdk/aws-service-spec/package.json");
        try {
            return Files.isRegularFile(manifest) ? new ObjectMapper().readTree(manifest.toFile()).path("version").asText() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Checks one template; answers every problem found, as {@code Resource.Property.Path: what is wrong}. */
    List<String> problems(org.inductionrecords.emulators.Template template) {
        List<String> problems = new ArrayList<>();
        for (org.inductionrecords.emulators.Template.Resource resource : template.resources().values()) {
            new TemplateCheck(this, template, problems).resource(resource);
        }
        return problems;
    }
}
