package org.inductionrecords.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * DynamoDB Local, S3Proxy and cognito-local, started together on local ports, plus SDK clients for them.
 *
 * <p>{@link #shared()} is what integration tests use: one set per JVM, in memory, closed by a shutdown hook,
 * and announced through the SDK's own system properties so that any SDK v2 client built with defaults
 * talks to it. The local stack uses {@link #start(Options)} with fixed ports and a data directory.
 */
public final class Emulators implements AutoCloseable {

    public static final String REGION = LocalPhysicalIds.REGION;
    public static final String ACCOUNT_ID = LocalPhysicalIds.ACCOUNT_ID;
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    /** System properties the SDK 2.54.15 reads for region, credentials and per-service endpoint URLs. */
    public static final String REGION_PROPERTY = "aws.region";
    public static final String ACCESS_KEY_PROPERTY = "aws.accessKeyId";
    public static final String SECRET_KEY_PROPERTY = "aws.secretAccessKey";
    public static final String DYNAMODB_ENDPOINT_PROPERTY = "aws.endpointUrlDynamoDb";
    public static final String S3_ENDPOINT_PROPERTY = "aws.endpointUrlS3";
    public static final String COGNITO_ENDPOINT_PROPERTY = "aws.endpointUrlCognitoIdentityProvider";

    private static volatile Emulators shared;

    private final DynamoDbLocalServer dynamoDbServer;
    private final S3ProxyServer s3Server;
    private final CognitoLocalProcess cognitoProcess;
    private final Path transientCognitoDir;
    private volatile Duration startupTime;
    private volatile String startupReport = "";
    private final DynamoDbClient dynamoDb;
    private final S3Client s3;
    private final CognitoIdentityProviderClient cognito;
    private final Map<String, Stack> stacks = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * How to start the emulators. A port of 0 means a free port; a null {@code dataDir} means everything is
     * transient (memory, or a temp directory removed on close). {@code setSystemProperties} announces the
     * endpoints to default-built SDK clients in this JVM.
     */
    public record Options(int dynamoDbPort, int s3Port, int cognitoPort, Path dataDir, boolean setSystemProperties) {
        /** Free ports, transient data, system properties set. */
        public static Options defaults() {
            return new Options(0, 0, 0, null, true);
        }

        public Options withPorts(int dynamoDbPort, int s3Port, int cognitoPort) {
            return new Options(dynamoDbPort, s3Port, cognitoPort, dataDir, setSystemProperties);
        }

        public Options withDataDir(Path dataDir) {
            return new Options(dynamoDbPort, s3Port, cognitoPort, dataDir, setSystemProperties);
        }

        public Options withSystemProperties(boolean setSystemProperties) {
            return new Options(dynamoDbPort, s3Port, cognitoPort, dataDir, setSystemProperties);
        }
    }

    private Emulators(DynamoDbLocalServer dynamoDbServer, S3ProxyServer s3Server, CognitoLocalProcess cognitoProcess,
                      Path transientCognitoDir) {
        this.dynamoDbServer = dynamoDbServer;
        this.s3Server = s3Server;
        this.cognitoProcess = cognitoProcess;
        this.transientCognitoDir = transientCognitoDir;
        this.dynamoDb = DynamoDbClient.builder().endpointOverride(dynamoDbEndpoint()).region(Region.of(REGION))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
        this.s3 = S3Client.builder().endpointOverride(s3Endpoint()).region(Region.of(REGION)).forcePathStyle(true)
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
        this.cognito = CognitoIdentityProviderClient.builder().endpointOverride(cognitoEndpoint())
                .region(Region.of(REGION)).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** The JVM's one set of transient emulators on free ports, started on first use. */
    public static Emulators shared() {
        Emulators current = shared;
        if (current == null) {
            synchronized (Emulators.class) {
                current = shared;
                if (current == null) {
                    current = start(Options.defaults());
                    shared = current;
                }
            }
        }
        return current;
    }

    /** Starts a new set of emulators; the caller closes it (a shutdown hook also does, so node never lingers). */
    public static Emulators start(Options options) {
        long started = System.nanoTime();
        StartupTimer timer = new StartupTimer();
        List<AutoCloseable> startedSoFar = new ArrayList<>();
        try {
            Path dataDir = options.dataDir() == null ? null : options.dataDir().toAbsolutePath();
            int dynamoPort = FreePorts.orPick(options.dynamoDbPort());
            int s3Port = FreePorts.orPick(options.s3Port());
            int cognitoPort = FreePorts.orPick(options.cognitoPort());
            Path cognitoDir = dataDir == null ? Files.createTempDirectory("cognito-local-") : dataDir.resolve("cognito");
            Files.createDirectories(cognitoDir);
            // node boots in the background while the two in-process servers come up.
            CognitoLocalProcess cognito = start("cognito-local", cognitoPort,
                    () -> CognitoLocalProcess.launch(cognitoPort, cognitoDir));
            startedSoFar.add(cognito);
            DynamoDbLocalServer dynamo = start("DynamoDB Local", dynamoPort,
                    () -> DynamoDbLocalServer.start(dynamoPort, dataDir == null ? null : dataDir.resolve("dynamodb")));
            startedSoFar.add(dynamo);
            timer.lap("DynamoDB Local");
            S3ProxyServer s3 = start("S3Proxy", s3Port,
                    () -> S3ProxyServer.start(s3Port, dataDir == null ? null : dataDir.resolve("s3"), ACCESS_KEY, SECRET_KEY));
            startedSoFar.add(s3);
            timer.lap("S3Proxy");
            start("cognito-local", cognitoPort, () -> {
                cognito.awaitReady();
                return cognito;
            });
            timer.lap("cognito-local (rest of its boot)");
            Emulators emulators = new Emulators(dynamo, s3, cognito, dataDir == null ? cognitoDir : null);
            startedSoFar.clear();
            startedSoFar.add(emulators);
            emulators.warmUp();
            timer.lap("first DynamoDB call");
            emulators.startupTime = Duration.ofNanos(System.nanoTime() - started);
            emulators.startupReport = timer.report();
            if (options.setSystemProperties()) {
                emulators.setSystemProperties();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(emulators::close, "emulators-shutdown"));
            return emulators;
        } catch (IOException e) {
            closeAll(startedSoFar);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeAll(startedSoFar);
            throw e;
        }
    }

    /** Start-up time split by step, for the report of how long start-up takes. */
    private static final class StartupTimer {
        private final StringBuilder report = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            report.append(report.isEmpty() ? "" : ", ").append(step).append(' ')
                    .append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        String report() {
            return report.toString();
        }
    }

    private interface Starter<T> {
        T start() throws Exception;
    }

    private static <T> T start(String name, int port, Starter<T> starter) {
        try {
            return starter.start();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " could not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** The first call to DynamoDB Local takes about a second; pay it here rather than in a test's timing. */
    private void warmUp() {
        dynamoDb.listTables();
    }

    /** Points default-built SDK clients in this JVM at these emulators (region, keys, endpoint URLs). */
    public void setSystemProperties() {
        System.setProperty(REGION_PROPERTY, REGION);
        System.setProperty(ACCESS_KEY_PROPERTY, ACCESS_KEY);
        System.setProperty(SECRET_KEY_PROPERTY, SECRET_KEY);
        System.setProperty(DYNAMODB_ENDPOINT_PROPERTY, dynamoDbEndpoint().toString());
        System.setProperty(S3_ENDPOINT_PROPERTY, s3Endpoint().toString());
        System.setProperty(COGNITO_ENDPOINT_PROPERTY, cognitoEndpoint().toString());
    }

    public URI dynamoDbEndpoint() {
        return URI.create("http://localhost:" + dynamoDbServer.port());
    }

    public URI s3Endpoint() {
        return URI.create("http://localhost:" + s3Server.port());
    }

    public URI cognitoEndpoint() {
        return URI.create("http://localhost:" + cognitoProcess.port());
    }

    /** The issuer cognito-local writes into tokens of that pool ({@code iss}). */
    public String cognitoIssuer(String userPoolId) {
        return cognitoEndpoint() + "/" + userPoolId;
    }

    /** The pool's JWKS as cognito-local serves it. */
    public URI cognitoJwks(String userPoolId) {
        return URI.create(cognitoIssuer(userPoolId) + "/.well-known/jwks.json");
    }

    /** A client for DynamoDB Local (url-connection HTTP client, region eu-west-2, keys local/local). */
    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    /** A client for S3Proxy with path-style addressing. */
    public S3Client s3() {
        return s3;
    }

    public CognitoIdentityProviderClient cognito() {
        return cognito;
    }

    /** How long {@link #start(Options)} took until every emulator answered (DynamoDB's first call included). */
    public Duration startupTime() {
        return startupTime;
    }

    /** The start-up time by step, e.g. "DynamoDB Local 1200 ms, S3Proxy 400 ms, ...". */
    public String startupReport() {
        return startupReport;
    }

    /**
     * Creates (or finds) the template's table, buckets, user pool and client under {@code stackName}.
     * Stack names: lower-case letters, digits and hyphens, starting with a letter (they become bucket names).
     */
    public Stack createStack(String stackName) {
        return createStack(stackName, Template.load());
    }

    /** {@link #createStack(String)} with an explicit template. */
    public Stack createStack(String stackName, Template template) {
        return stacks.computeIfAbsent(stackName, name -> new StackProvisioner(this, template).provision(name));
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        closeAll(List.of(dynamoDb, s3, cognito, s3Server, dynamoDbServer, cognitoProcess));
        if (transientCognitoDir != null) {
            deleteRecursively(transientCognitoDir);
        }
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("emulators: closing " + resource.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
