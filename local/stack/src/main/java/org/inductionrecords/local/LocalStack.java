package org.inductionrecords.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.FreePorts;
import org.inductionrecords.emulators.ListenAddress;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.emulators.Template;

/**
 * The local stack: template.yaml run on this machine with no AWS account and no Docker (contract section 5).
 * The emulators hold the data; the functions run in this JVM behind an API server (as {@code sam local
 * start-api}) and a Lambda invoke server (as {@code sam local start-lambda}); schedules fire on a timer.
 */
public final class LocalStack implements AutoCloseable {

    private final Emulators emulators;
    private final Stack stack;
    private final ApiServer api;
    private final LambdaInvokeServer lambda;
    private final Schedules schedules;
    private final Path outputsFile;
    private final Map<String, Object> outputs;
    private final Duration startupTime;
    private final boolean adminReady;
    private final WebFiles web;
    private volatile boolean closed;

    private LocalStack(Emulators emulators, Stack stack, ApiServer api, LambdaInvokeServer lambda, Schedules schedules,
                       Path outputsFile, Map<String, Object> outputs, Duration startupTime, boolean adminReady,
                       WebFiles web) {
        this.emulators = emulators;
        this.stack = stack;
        this.api = api;
        this.lambda = lambda;
        this.schedules = schedules;
        this.outputsFile = outputsFile;
        this.outputs = outputs;
        this.startupTime = startupTime;
        this.adminReady = adminReady;
        this.web = web;
    }

    /** A port the stack needs is taken; the message names the option that moves it. */
    public static final class PortInUseException extends RuntimeException {
        PortInUseException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args);
        } catch (LocalStackOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.print(LocalStackOptions.USAGE);
            return;
        }
        Console console = Console.system();
        LocalStack stack;
        try {
            stack = start(options, console);
        } catch (PortInUseException | LocalStackOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println("The local stack could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.info("stopping (data kept in " + options.dataDir().toAbsolutePath() + ")");
            stack.close();
        }, "local-stack-shutdown"));
        stack.printSummary(console);
    }

    /** Starts everything with the options; tests use {@link LocalStackOptions#withFreePorts()}. */
    public static LocalStack start(LocalStackOptions options) {
        return start(options, Console.system());
    }

    static LocalStack start(LocalStackOptions options, Console console) {
        return start(options, console, true);
    }

    /**
     * {@code announce}: point this JVM's default-built SDK clients at the emulators (the in-process functions
     * need that). Only a second stack in one JVM, such as a restart test, leaves it off.
     */
    static LocalStack start(LocalStackOptions options, Console console, boolean announce) {
        long started = System.nanoTime();
        ListenAddress listen = options.listen();
        if (!listen.loopback()) {
            console.warn(exposure(listen));
        }
        checkPortsFree(options);
        Template template = options.template() == null ? defaultTemplate() : Template.load(options.template());
        Path dataDir = options.dataDir().toAbsolutePath();
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Files.createDirectories(dataDir);
            Emulators emulators = Emulators.start(Emulators.Options.defaults()
                    .withPorts(options.dynamoDbPort(), options.s3Port(), options.cognitoPort(), options.sesPort())
                    .withDataDir(dataDir)
                    .withListen(listen)
                    .withSystemProperties(announce));
            opened.add(emulators);
            Stack stack = emulators.createStack(options.stackName(), template);
            // The API's port is fixed now, so that the functions' links to the web front end (WEB_URL) name it.
            int apiPort = FreePorts.orPick(options.apiPort());
            LocalFunctions functions = LocalFunctions.load(stack, options.requireAdminMfa(), console,
                    Map.of(LocalFunctions.WEB_URL, listen.url(apiPort) + "/"));
            CognitoAuthorizer authorizer = new CognitoAuthorizer(emulators.cognitoJwks(stack.userPoolId()),
                    stack.issuer(), stack.userPoolClientId(), stack.tokenValidity().idToken(), Clock.systemUTC());
            // the web front end's files beside the template, once built (npm --prefix web run build)
            WebFiles web = WebFiles.of(template.file().getParent().resolve("web").resolve("dist"),
                    emulators.cognitoEndpoint().toString(), stack.userPoolId(), stack.userPoolClientId());
            ApiServer api = ApiServer.start(listen, apiPort, ApiRoutes.of(functions.all()), authorizer,
                    GatewayResponses.of(template), BinaryMediaTypes.of(template), console, web);
            opened.add(api);
            LambdaInvokeServer lambda = LambdaInvokeServer.start(listen, options.lambdaPort(), functions, console);
            opened.add(lambda);
            // --demo without --admin-email: the demo's own AB admin, with the demo password
            String adminEmail = options.adminEmail() != null || !options.demo() ? options.adminEmail()
                    : DemoAppropriateBody.ADMIN_EMAIL;
            String adminPassword = options.adminEmail() != null ? options.adminPassword() : DemoAppropriateBody.PASSWORD;
            boolean adminReady = adminEmail != null && AdminBootstrap.run(functions, lambda, stack, adminEmail,
                    adminPassword, console);
            if (options.demo()) {
                DemoAppropriateBody.run(listen.url(api.port()), stack, adminEmail,
                        adminPassword, console);
            }
            Schedules schedules = options.schedules()
                    ? Schedules.start(functions, lambda, options.stackName(), console) : null;
            Map<String, String> endpoints = new LinkedHashMap<>();
            endpoints.put("api", listen.url(api.port()).toString());
            endpoints.put("lambda", listen.url(lambda.port()).toString());
            endpoints.put("dynamodb", emulators.dynamoDbEndpoint().toString());
            endpoints.put("s3", emulators.s3Endpoint().toString());
            endpoints.put("cognito", emulators.cognitoEndpoint().toString());
            endpoints.put("ses", emulators.sesEndpoint().toString());
            Map<String, Object> outputs = OutputsFile.outputs(stack, endpoints);
            Path outputsFile = OutputsFile.write(dataDir, outputs);
            return new LocalStack(emulators, stack, api, lambda, schedules, outputsFile, outputs,
                    Duration.ofNanos(System.nanoTime() - started), adminReady, web);
        } catch (IOException e) {
            closeAll(opened);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    /** template.yaml above the working directory, else above this jar (local/target/ in the repository). */
    private static Template defaultTemplate() {
        try {
            return Template.load();
        } catch (IllegalStateException notFromHere) {
            try {
                Path jar = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return Template.load(jar.getParent());
            } catch (Exception e) {
                throw notFromHere;
            }
        }
    }

    /** What --host away from loopback exposes: the emulators check no real credentials, the invoke API none at all. */
    static String exposure(ListenAddress listen) {
        return "--host " + listen.literal() + " is not a loopback address: whoever can reach this machine there can"
                + " call the Lambda invoke API (no credentials) and read and change DynamoDB Local, S3Proxy and"
                + " cognito-local (any credentials), and read every email in the mailbox (temporary passwords included). Keep development data only in this stack.";
    }

    private static void checkPortsFree(LocalStackOptions options) {
        for (LocalStackOptions.PortOption port : options.fixedPorts()) {
            if (!FreePorts.isFree(port.port())) {
                throw new PortInUseException("Port " + port.port() + " is already in use. Stop whatever listens"
                        + " there (another local stack?) or choose another port with " + port.option() + " N.");
            }
        }
    }

    private void printSummary(Console console) {
        console.info("induction-records local stack '" + stack.name() + "' up in " + startupTime.toMillis() + " ms"
                + " (emulators " + emulators.startupTime().toMillis() + " ms: " + emulators.startupReport() + ")");
        @SuppressWarnings("unchecked")
        Map<String, String> endpoints = (Map<String, String>) outputs.get("endpoints");
        String[][] rows = {
                {"API", endpoints.get("api"), api.routes().size() + " routes (Cognito ID token as Bearer)"},
                {"Lambda", endpoints.get("lambda"), "POST /2015-03-31/functions/{LogicalId}/invocations"},
                {"DynamoDB", endpoints.get("dynamodb"), "table " + stack.tableName()},
                {"S3", endpoints.get("s3"), "buckets " + stack.primaryBucket() + ", " + stack.secondaryBucket()},
                {"Cognito", endpoints.get("cognito"), "pool " + stack.userPoolId() + ", client " + stack.userPoolClientId()},
                {"Mailbox", endpoints.get("ses"), "SES v2; every email sent (invitations too) at / and as JSON at /store"},
        };
        for (String[] row : rows) {
            console.info(String.format("  %-9s %-24s %s", row[0], row[1], row[2]));
        }
        console.info(web.built() ? "web UI: " + endpoints.get("api") + "/ (files from " + web.root() + ")"
                : "web UI: not built (./mvnw package builds web/dist unless -DskipWeb)");
        console.info("outputs: " + outputsFile);
        console.info("AWS CLI: region eu-west-2, access key local, secret local, --endpoint-url as above");
        console.info("Ctrl-C stops it; data stays in " + outputsFile.getParent());
    }

    public URI apiUrl() {
        return URI.create(String.valueOf(endpoints().get("api")));
    }

    public URI lambdaUrl() {
        return URI.create(String.valueOf(endpoints().get("lambda")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> endpoints() {
        return (Map<String, String>) outputs.get("endpoints");
    }

    public Emulators emulators() {
        return emulators;
    }

    public Stack stack() {
        return stack;
    }

    public Path outputsFile() {
        return outputsFile;
    }

    /** What outputs.json holds. */
    public Map<String, Object> outputs() {
        return outputs;
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Whether the --admin-email bootstrap succeeded. */
    public boolean adminReady() {
        return adminReady;
    }

    /** Stops the servers, the schedules and the emulators; the data directory stays. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        List<AutoCloseable> parts = new ArrayList<>();
        if (schedules != null) {
            parts.add(schedules);
        }
        parts.add(api);
        parts.add(lambda);
        parts.add(emulators);
        closeAll(parts);
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("[local] closing " + part.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }
}
