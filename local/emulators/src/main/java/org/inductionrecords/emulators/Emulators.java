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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * DynamoDB Local, S3Proxy, cognito-local and the local mailbox (aws-ses-v2-local), started together on local ports, plus SDK clients for them.
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
    /** The sender of local email (the template's MailFrom, which has no default, resolves to it locally). */
    public static final String LOCAL_MAIL_FROM = LocalPhysicalIds.LOCAL_MAIL_FROM;

    /** System properties the SDK v2 reads for region, credentials and per-service endpoint URLs. */
    public static final String REGION_PROPERTY = "aws.region";
    public static final String ACCESS_KEY_PROPERTY = "aws.accessKeyId";
    public static final String SECRET_KEY_PROPERTY = "aws.secretAccessKey";
    public static final String DYNAMODB_ENDPOINT_PROPERTY = "aws.endpointUrlDynamoDb";
    public static final String S3_ENDPOINT_PROPERTY = "aws.endpointUrlS3";
    public static final String COGNITO_ENDPOINT_PROPERTY = "aws.endpointUrlCognitoIdentityProvider";
    public static final String SES_ENDPOINT_PROPERTY = "aws.endpointUrlSesV2";

    private static volatile Emulators shared;

    /**
     * Set to {@value #LOCALSTACK} (the {@code localstack} Maven profile does) and {@link #shared()} serves
     * DynamoDB and S3 from a LocalStack container instead of DynamoDB Local and S3Proxy.
     */
    public static final String BACKEND_PROPERTY = "induction.emulators";
    public static final String LOCALSTACK = "localstack";

    /**
     * Set to {@value #UNIT_TIER} by the {@code unit} Maven profile (README, "Test tiers"), which leaves out the test
     * classes tagged {@value #TAG}: any other test that starts emulators then fails at once, naming the fix, instead
     * of making the quick tier slow or being left out of it unnoticed.
     */
    public static final String TIER_PROPERTY = "induction.tier";
    public static final String UNIT_TIER = "unit";
    /** The JUnit tag of every test class that starts emulators, directly or through the local stack. */
    public static final String TAG = "emulators";

    private final URI dynamoDbEndpoint;
    private final URI s3Endpoint;
    private final List<AutoCloseable> servers;
    private final CognitoLocalProcess cognitoProcess;
    private final SesLocalProcess sesProcess;
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
     * endpoints to default-built SDK clients in this JVM. {@code listen}: the one address all three listen on.
     */
    public record Options(int dynamoDbPort, int s3Port, int cognitoPort, int sesPort, Path dataDir,
                          boolean setSystemProperties, ListenAddress listen) {
        /** Free ports, transient data, system properties set, listening on 127.0.0.1. */
        public static Options defaults() {
            return new Options(0, 0, 0, 0, null, true, ListenAddress.LOOPBACK);
        }

        public Options withPorts(int dynamoDbPort, int s3Port, int cognitoPort, int sesPort) {
            return new Options(dynamoDbPort, s3Port, cognitoPort, sesPort, dataDir, setSystemProperties, listen);
        }

        public Options withDataDir(Path dataDir) {
            return new Options(dynamoDbPort, s3Port, cognitoPort, sesPort, dataDir, setSystemProperties, listen);
        }

        public Options withSystemProperties(boolean setSystemProperties) {
            return new Options(dynamoDbPort, s3Port, cognitoPort, sesPort, dataDir, setSystemProperties, listen);
        }

        public Options withListen(ListenAddress listen) {
            return new Options(dynamoDbPort, s3Port, cognitoPort, sesPort, dataDir, setSystemProperties, listen);
        }
    }

    private Emulators(URI dynamoDbEndpoint, URI s3Endpoint, List<AutoCloseable> servers,
                      CognitoLocalProcess cognitoProcess, SesLocalProcess sesProcess, Path transientCognitoDir) {
        this.dynamoDbEndpoint = dynamoDbEndpoint;
        this.s3Endpoint = s3Endpoint;
        this.servers = List.copyOf(servers);
        this.cognitoProcess = cognitoProcess;
        this.sesProcess = sesProcess;
        this.transientCognitoDir = transientCognitoDir;
        this.dynamoDb = DynamoDbClient.builder().endpointOverride(dynamoDbEndpoint()).region(Region.of(REGION))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
        this.s3 = S3Client.builder().endpointOverride(s3Endpoint()).region(Region.of(REGION)).forcePathStyle(true)
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
        this.cognito = CognitoIdentityProviderClient.builder().endpointOverride(cognitoEndpoint())
                .region(Region.of(REGION)).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /**
     * The JVM's one set of transient emulators on free ports, started on first use: in process, or with
     * {@code -D}{@value #BACKEND_PROPERTY}{@code =}{@value #LOCALSTACK} DynamoDB and S3 in LocalStack (and
     * then, without Docker, a {@code TestAbortedException}: the calling test is skipped).
     */
    public static Emulators shared() {
        Emulators current = shared;
        if (current == null) {
            synchronized (Emulators.class) {
                current = shared;
                if (current == null) {
                    current = onLocalStack() ? startOnLocalStack() : start(Options.defaults());
                    shared = current;
                }
            }
        }
        return current;
    }

    /**
     * Starts a new set of emulators; the caller closes it (a shutdown hook also does, so node never lingers).
     * The three start side by side (node boots in its own process, DynamoDB Local and S3Proxy each on a
     * thread), so start-up takes about as long as the slowest of them.
     */
    public static Emulators start(Options options) {
        refuseInTheUnitTier();
        // A picked port is only free when picked: another process, or this JVM's own outgoing connections (which
        // draw from the same ephemeral range), may take it before the emulator binds it. Then pick again.
        boolean picked = options.dynamoDbPort() == 0 || options.s3Port() == 0 || options.cognitoPort() == 0
                || options.sesPort() == 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(options);
            } catch (RuntimeException e) {
                if (!picked || attempt == 3 || !FreePorts.isPortClash(e)) {
                    throw e;
                }
            }
        }
    }

    private static Emulators startOnce(Options options) {
        long started = System.nanoTime();
        StartupTimer timer = new StartupTimer(started);
        List<AutoCloseable> startedSoFar = new ArrayList<>();
        ExecutorService starters = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "emulators-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Path dataDir = options.dataDir() == null ? null : options.dataDir().toAbsolutePath();
            ListenAddress listen = options.listen();
            int dynamoPort = FreePorts.orPick(options.dynamoDbPort());
            int s3Port = FreePorts.orPick(options.s3Port());
            int cognitoPort = FreePorts.orPick(options.cognitoPort());
            int sesPort = FreePorts.orPick(options.sesPort());
            Path cognitoDir = dataDir == null ? Files.createTempDirectory("cognito-local-") : dataDir.resolve("cognito");
            Files.createDirectories(cognitoDir);
            // The mailbox first: cognito-local's invitation bridge sends to it (CognitoLocalProcess).
            SesLocalProcess ses = start("aws-ses-v2-local", sesPort, () -> SesLocalProcess.launch(listen, sesPort,
                    cognitoDir));
            startedSoFar.add(ses);
            CognitoLocalProcess cognito = start("cognito-local", cognitoPort,
                    () -> CognitoLocalProcess.launch(listen, cognitoPort, cognitoDir, ses.endpoint()));
            startedSoFar.add(cognito);
            Future<DynamoDbLocalServer> dynamoStart = starters.submit(() -> {
                DynamoDbLocalServer server = start("DynamoDB Local", dynamoPort, () -> DynamoDbLocalServer.start(
                        listen.literal(), dynamoPort, dataDir == null ? null : dataDir.resolve("dynamodb")));
                timer.ready("DynamoDB Local");
                warmUp(listen.url(server.port()));
                timer.ready("its first call");
                return server;
            });
            Future<S3ProxyServer> s3Start = starters.submit(() -> {
                S3ProxyServer server = start("S3Proxy", s3Port, () -> S3ProxyServer.start(listen.uriHost(), s3Port,
                        dataDir == null ? null : dataDir.resolve("s3"), ACCESS_KEY, SECRET_KEY));
                timer.ready("S3Proxy");
                return server;
            });
            start("cognito-local", cognitoPort, () -> {
                cognito.awaitReady();
                return cognito;
            });
            timer.ready("cognito-local");
            start("aws-ses-v2-local", sesPort, () -> {
                ses.awaitReady();
                return ses;
            });
            timer.ready("aws-ses-v2-local");
            DynamoDbLocalServer dynamo = await(dynamoStart, startedSoFar);
            S3ProxyServer s3 = await(s3Start, startedSoFar);
            Emulators emulators = new Emulators(listen.url(dynamo.port()), listen.url(s3.port()), List.of(s3, dynamo),
                    cognito, ses, dataDir == null ? cognitoDir : null);
            emulators.startupTime = Duration.ofNanos(System.nanoTime() - started);
            emulators.startupReport = timer.report();
            if (options.setSystemProperties()) {
                emulators.setSystemProperties();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(emulators::close, "emulators-shutdown"));
            return emulators;
        } catch (IOException e) {
            closeStarted(startedSoFar, starters);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeStarted(startedSoFar, starters);
            throw e;
        } finally {
            starters.shutdown();
        }
    }

    private static boolean onLocalStack() {
        String backend = System.getProperty(BACKEND_PROPERTY, "");
        if (backend.isBlank() || backend.equals("in-process")) {
            return false;
        }
        if (backend.equals(LOCALSTACK)) {
            return true;
        }
        throw new IllegalStateException(BACKEND_PROPERTY + " must be '" + LOCALSTACK + "' or unset, not '" + backend + "'");
    }

    private static void refuseInTheUnitTier() {
        if (UNIT_TIER.equals(System.getProperty(TIER_PROPERTY))) {
            throw new IllegalStateException("This test starts emulators, which the unit tier (-Punit) does not: tag"
                    + " its class @Tag(\"" + TAG + "\") (README, \"Test tiers\")");
        }
    }

    /**
     * DynamoDB and S3 in a LocalStack container (one endpoint for both), Cognito still cognito-local: LocalStack
     * has Cognito only in its paid edition. Transient, free ports, system properties set, as {@link #shared()}.
     */
    private static Emulators startOnLocalStack() {
        refuseInTheUnitTier();
        LocalStackServices.requireDocker();
        long started = System.nanoTime();
        StartupTimer timer = new StartupTimer(started);
        List<AutoCloseable> startedSoFar = new ArrayList<>();
        try {
            int cognitoPort = FreePorts.orPick(0);
            int sesPort = FreePorts.orPick(0);
            Path cognitoDir = Files.createTempDirectory("cognito-local-");
            SesLocalProcess ses = start("aws-ses-v2-local", sesPort,
                    () -> SesLocalProcess.launch(ListenAddress.LOOPBACK, sesPort, cognitoDir));
            startedSoFar.add(ses);
            CognitoLocalProcess cognito = start("cognito-local", cognitoPort,
                    () -> CognitoLocalProcess.launch(ListenAddress.LOOPBACK, cognitoPort, cognitoDir, ses.endpoint()));
            startedSoFar.add(cognito);
            LocalStackServices localStack = LocalStackServices.start();
            startedSoFar.add(localStack);
            timer.ready("LocalStack (" + LocalStackServices.IMAGE + ")");
            start("cognito-local", cognitoPort, () -> {
                cognito.awaitReady();
                return cognito;
            });
            timer.ready("cognito-local");
            start("aws-ses-v2-local", sesPort, () -> {
                ses.awaitReady();
                return ses;
            });
            Emulators emulators = new Emulators(localStack.endpoint(), localStack.endpoint(), List.of(localStack),
                    cognito, ses, cognitoDir);
            emulators.startupTime = Duration.ofNanos(System.nanoTime() - started);
            emulators.startupReport = timer.report();
            emulators.setSystemProperties();
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

    /** The started server, remembered for clean-up; a failure to start is rethrown as it was. */
    private static <T extends AutoCloseable> T await(Future<T> start, List<AutoCloseable> startedSoFar) {
        try {
            T server = start.get();
            startedSoFar.add(server);
            return server;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the emulators started", e);
        }
    }

    /** After a failed start: whatever did start, including a server still starting on another thread, is closed. */
    private static void closeStarted(List<AutoCloseable> startedSoFar, ExecutorService starters) {
        starters.shutdown();
        try {
            starters.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAll(startedSoFar);
    }

    /**
     * The first call to DynamoDB Local takes a second or more (class loading on both sides); pay it here,
     * beside the other emulators' start, rather than in a test's timing.
     */
    private static void warmUp(URI endpoint) {
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint)
                .region(Region.of(REGION)).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            client.listTables();
        }
    }

    /** Readiness of each emulator, in ms since start-up began, for the start-up report. */
    private static final class StartupTimer {
        private final long started;
        private final List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());

        StartupTimer(long started) {
            this.started = started;
        }

        void ready(String what) {
            steps.add(what + " at " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }

        String report() {
            synchronized (steps) {
                return "ready: " + String.join(", ", steps);
            }
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

    /** Points default-built SDK clients in this JVM at these emulators (region, keys, endpoint URLs). */
    public void setSystemProperties() {
        System.setProperty(REGION_PROPERTY, REGION);
        System.setProperty(ACCESS_KEY_PROPERTY, ACCESS_KEY);
        System.setProperty(SECRET_KEY_PROPERTY, SECRET_KEY);
        System.setProperty(DYNAMODB_ENDPOINT_PROPERTY, dynamoDbEndpoint().toString());
        System.setProperty(S3_ENDPOINT_PROPERTY, s3Endpoint().toString());
        System.setProperty(COGNITO_ENDPOINT_PROPERTY, cognitoEndpoint().toString());
        System.setProperty(SES_ENDPOINT_PROPERTY, sesEndpoint().toString());
    }

    public URI dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    public URI cognitoEndpoint() {
        return cognitoProcess.endpoint();
    }

    /** The local mailbox (aws-ses-v2-local): SES v2 API, its page at {@code /}, every email as JSON at {@code /store}. */
    public URI sesEndpoint() {
        return sesProcess.endpoint();
    }

    /** What the invitation bridge sends for that pool's invitations (CognitoLocalProcess). */
    void invitationTemplate(String userPoolId, String from, String subject, String message) {
        cognitoProcess.writeInvitationTemplate(userPoolId, from, subject, message);
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

    /** When each emulator was ready, e.g. "ready: S3Proxy at 900 ms, DynamoDB Local at 1300 ms, ...". */
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
        List<AutoCloseable> resources = new ArrayList<>(List.of(dynamoDb, s3, cognito));
        resources.addAll(servers);
        resources.add(cognitoProcess);
        resources.add(sesProcess);
        closeAll(resources);
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
