package org.inductionrecords.local;

import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inductionrecords.emulators.ListenAddress;

/**
 * The local stack's command line. Ports of 0 mean "any free port" (tests use that). {@code listen}: the address
 * every server listens on, 127.0.0.1 unless {@code --host} says otherwise (CONTRACT.md, security additions).
 */
public record LocalStackOptions(Path dataDir, String stackName, String adminEmail, String adminPassword,
                                boolean schedules, int apiPort, int lambdaPort, int dynamoDbPort, int s3Port,
                                int cognitoPort, int sesPort, Path template, ListenAddress listen, boolean demo,
                                boolean requireAdminMfa) {

    public static final String USAGE = """
            Usage: java -jar local/target/induction-local.jar [options]

            Runs template.yaml on this machine: the API, the Lambda invoke API, DynamoDB Local, S3Proxy and
            cognito-local. No AWS account and no Docker needed.

              --data-dir DIR          where data is kept between runs (default .local)
              --admin-email E         create (or keep) the first AB_ADMIN with this email ...
              --admin-password P      ... and this permanent password (both or neither)
              --no-schedules          do not fire the template's schedules
              --stack-name NAME       resource name prefix (default induction-local)
              --template FILE         the template (default: template.yaml found from the working directory up)
              --api-port N            the API (default 3000)
              --lambda-port N         the Lambda invoke API (default 3001)
              --dynamodb-port N       DynamoDB Local (default 8000)
              --s3-port N             S3Proxy (default 9000)
              --cognito-port N        cognito-local (default 9229)
              --ses-port N            the local mailbox, aws-ses-v2-local (default 8005): every email sent,
                                      invitations included, at http://localhost:N/ (JSON at /store)
              --host H                the address every server listens on (default 127.0.0.1: this machine
                                      only); any other lets whoever reaches it read and change the data
              --demo                  fill an empty data dir with a demo Appropriate Body (every role, every stage;
                                      prints one sign-in per role and their shared password); again: no change
              --require-admin-mfa     an AB_ADMIN must enable TOTP two-factor sign-in before anything but GET /me
                                      and POST /me/mfa (the template's RequireAdminMfa; off here unless asked)
              --help                  this text
            """;

    /** The defaults of the command line: fixed ports, {@code .local}, schedules on. */
    public static LocalStackOptions defaults() {
        return new LocalStackOptions(Path.of(".local"), "induction-local", null, null, true,
                3000, 3001, 8000, 9000, 9229, 8005, null, ListenAddress.LOOPBACK, false, false);
    }

    /** The AB_ADMIN two-factor rule of CONTRACT.md section 10 on ({@code --require-admin-mfa}) or off. */
    public LocalStackOptions withRequireAdminMfa(boolean on) {
        return new LocalStackOptions(dataDir, stackName, adminEmail, adminPassword, schedules, apiPort, lambdaPort,
                dynamoDbPort, s3Port, cognitoPort, sesPort, template, listen, demo, on);
    }

    public LocalStackOptions withDemo(boolean on) {
        return new LocalStackOptions(dataDir, stackName, adminEmail, adminPassword, schedules, apiPort, lambdaPort,
                dynamoDbPort, s3Port, cognitoPort, sesPort, template, listen, on, requireAdminMfa);
    }

    /** Every port 0 (free ports), as tests want. */
    public LocalStackOptions withFreePorts() {
        return new LocalStackOptions(dataDir, stackName, adminEmail, adminPassword, schedules, 0, 0, 0, 0, 0, 0, template,
                listen, demo, requireAdminMfa);
    }

    public LocalStackOptions withDataDir(Path dir) {
        return new LocalStackOptions(dir, stackName, adminEmail, adminPassword, schedules, apiPort, lambdaPort,
                dynamoDbPort, s3Port, cognitoPort, sesPort, template, listen, demo, requireAdminMfa);
    }

    public LocalStackOptions withAdmin(String email, String password) {
        return new LocalStackOptions(dataDir, stackName, email, password, schedules, apiPort, lambdaPort,
                dynamoDbPort, s3Port, cognitoPort, sesPort, template, listen, demo, requireAdminMfa);
    }

    public LocalStackOptions withSchedules(boolean on) {
        return new LocalStackOptions(dataDir, stackName, adminEmail, adminPassword, on, apiPort, lambdaPort,
                dynamoDbPort, s3Port, cognitoPort, sesPort, template, listen, demo, requireAdminMfa);
    }

    public LocalStackOptions withStackName(String name) {
        return new LocalStackOptions(dataDir, name, adminEmail, adminPassword, schedules, apiPort, lambdaPort,
                dynamoDbPort, s3Port, cognitoPort, sesPort, template, listen, demo, requireAdminMfa);
    }

    /** Each fixed port with the option that changes it, for the "port taken" message. */
    List<PortOption> fixedPorts() {
        List<PortOption> ports = new ArrayList<>();
        ports.add(new PortOption("--api-port", apiPort));
        ports.add(new PortOption("--lambda-port", lambdaPort));
        ports.add(new PortOption("--dynamodb-port", dynamoDbPort));
        ports.add(new PortOption("--s3-port", s3Port));
        ports.add(new PortOption("--cognito-port", cognitoPort));
        ports.add(new PortOption("--ses-port", sesPort));
        return ports.stream().filter(p -> p.port() != 0).toList();
    }

    record PortOption(String option, int port) {
    }

    /** Thrown for a bad command line; the message is meant for the user as it is. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Parses the command line; {@code null} means --help was asked for. */
    public static LocalStackOptions parse(String... args) {
        LocalStackOptions o = defaults();
        Path dataDir = o.dataDir;
        String stackName = o.stackName;
        String email = null;
        String password = null;
        boolean schedules = true;
        int api = o.apiPort, lambda = o.lambdaPort, dynamo = o.dynamoDbPort, s3 = o.s3Port, cognito = o.cognitoPort;
        int ses = o.sesPort;
        Path template = null;
        ListenAddress listen = o.listen;
        boolean demo = false;
        boolean requireAdminMfa = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--no-schedules" -> schedules = false;
                case "--demo" -> demo = true;
                case "--require-admin-mfa" -> requireAdminMfa = true;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                case "--stack-name" -> stackName = value(args, ++i, arg);
                case "--admin-email" -> email = value(args, ++i, arg);
                case "--admin-password" -> password = value(args, ++i, arg);
                case "--template" -> template = Path.of(value(args, ++i, arg));
                case "--api-port" -> api = port(args, ++i, arg);
                case "--lambda-port" -> lambda = port(args, ++i, arg);
                case "--dynamodb-port" -> dynamo = port(args, ++i, arg);
                case "--s3-port" -> s3 = port(args, ++i, arg);
                case "--cognito-port" -> cognito = port(args, ++i, arg);
                case "--ses-port" -> ses = port(args, ++i, arg);
                case "--host" -> listen = host(args, ++i, arg);
                default -> throw new UsageException("Unknown option " + arg + " (see --help)");
            }
        }
        if ((email == null) != (password == null)) {
            throw new UsageException("--admin-email and --admin-password go together");
        }
        return new LocalStackOptions(dataDir, stackName, email, password, schedules, api, lambda, dynamo, s3, cognito,
                ses, template, listen, demo, requireAdminMfa);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value (see --help)");
        }
        return args[index];
    }

    private static ListenAddress host(String[] args, int index, String option) {
        String text = value(args, index, option);
        try {
            return ListenAddress.of(text);
        } catch (UnknownHostException e) {
            throw new UsageException(option + " needs an address of this machine (e.g. 127.0.0.1), not '" + text + "'");
        }
    }

    private static int port(String[] args, int index, String option) {
        String text = value(args, index, option);
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a port number between 1 and 65535, not '" + text + "'");
        }
    }
}
