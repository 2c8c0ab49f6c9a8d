package org.inductionrecords.emulators;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * cognito-local (npm {@code cognito-local@5.3.0}) as a node child process ({@link NodePackage}), installed into a
 * cache directory on first use. Its data lives in {@code .cognito/} under its working directory.
 *
 * <p>It listens on the address it is given (cognito-local's {@code HOST}; its own default, "localhost", may bind
 * IPv6 only, unreachable from Java's first address), and its tokens name the URL clients here call it by as issuer
 * ({@code http://localhost:<port>} for 127.0.0.1).
 *
 * <p><b>The invitation bridge.</b> In AWS, Cognito emails a new user the invitation with their temporary password
 * itself; cognito-local only prints it. So that the local mailbox ({@link SesLocalProcess}) holds it as a real inbox
 * would, the node wrapper below also sends every email cognito-local would deliver to the SES emulator, through its
 * SES v2 SendEmail API, with the subject and text of the pool's {@code InviteMessageTemplate} (written by the stack
 * provisioner, {@link #writeInvitationTemplate}). Nothing changes in the functions: they call AdminCreateUser with
 * email delivery in both places. The bridge is part of this emulator, never of a function.
 */
final class CognitoLocalProcess implements AutoCloseable {

    static final String VERSION = "5.3.0";
    static final String HOME_PROPERTY = "induction.cognitoLocalHome";
    static final NodePackage PACKAGE = new NodePackage("cognito-local", VERSION, HOME_PROPERTY, "cognito-local");

    /** Wraps cognito-local's message delivery (lib/services/messages.js, MessagesService.deliver). */
    private static final String BRIDGE = """
            const start = process.argv[1];
            const mailbox = process.env.INDUCTION_MAILBOX_URL;
            if (mailbox) {
              const path = require('path'), fs = require('fs'), http = require('http');
              const { MessagesService } = require(path.join(path.dirname(start), '..', 'services', 'messages.js'));
              const deliver = MessagesService.prototype.deliver;
              MessagesService.prototype.deliver = async function (ctx, source, clientId, poolId, user, code, meta, details) {
                await deliver.apply(this, arguments);
                if (!details || details.DeliveryMedium !== 'EMAIL') return;
                let t = {};
                try { t = JSON.parse(fs.readFileSync(path.join('.cognito', 'mail', poolId + '.json'), 'utf8')); } catch (e) {}
                const invitation = source === 'AdminCreateUser';
                const fill = s => s.split('{username}').join(details.Destination).split('{####}').join(code);
                const subject = fill(invitation && t.subject ? t.subject : 'Your code');
                const text = fill(invitation && t.message ? t.message : 'Your username is {username} and your code is {####}');
                const body = JSON.stringify({ FromEmailAddress: t.from || 'no-reply@verificationemail.com',
                  Destination: { ToAddresses: [details.Destination] },
                  Content: { Simple: { Subject: { Data: subject }, Body: { Text: { Data: text } } } } });
                await new Promise(done => {
                  const req = http.request(mailbox + '/v2/email/outbound-emails', { method: 'POST', headers: {
                    'content-type': 'application/json', authorization: 'AWS4-HMAC-SHA256 Credential=local/cognito-local' } },
                    res => { res.resume(); res.on('end', done); });
                  req.on('error', e => { console.error('mailbox: not delivered: ' + e.message); done(); });
                  req.end(body);
                });
              };
            }
            require(start);
            """;

    private final Process process;
    private final URI endpoint;
    private final Path workDir;

    private CognitoLocalProcess(Process process, URI endpoint, Path workDir) {
        this.process = process;
        this.endpoint = endpoint;
        this.workDir = workDir;
    }

    /**
     * Launches node without waiting for it; call {@link #awaitReady()} before use. {@code mailbox}: the SES
     * emulator every email is copied to (the invitation bridge), or null for none.
     */
    static CognitoLocalProcess launch(ListenAddress listen, int port, Path workDir, URI mailbox) throws Exception {
        Path startScript = installIfMissing();
        Path config = workDir.resolve(".cognito").resolve("config.json");
        Files.createDirectories(config.getParent());
        URI endpoint = listen.url(port);
        // The issuer is written into every token: the URL clients here call, whatever port we got.
        Files.writeString(config, "{\"TokenConfig\":{\"IssuerDomain\":\"" + endpoint + "\"}}\n");
        Map<String, String> environment = new java.util.HashMap<>(Map.of("PORT", String.valueOf(port),
                "HOST", listen.literal()));
        if (mailbox != null) {
            environment.put("INDUCTION_MAILBOX_URL", mailbox.toString());
        }
        Process process = NodePackage.launch(BRIDGE, List.of(startScript.toString()), environment, workDir,
                workDir.resolve("cognito-local.log"));
        return new CognitoLocalProcess(process, endpoint, workDir);
    }

    /** Blocks until cognito-local answers its health check; closes the process and throws if it never does. */
    void awaitReady() throws Exception {
        try {
            NodePackage.awaitHealthy("cognito-local", process, endpoint.resolve("/health"),
                    workDir.resolve("cognito-local.log"));
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * What the bridge sends for an invitation of that pool: the pool's {@code InviteMessageTemplate} subject and
     * text ({@code {username}} and {@code {####}} filled in as Cognito does) from {@code from}.
     */
    void writeInvitationTemplate(String userPoolId, String from, String subject, String message) {
        try {
            Path file = workDir.resolve(".cognito").resolve("mail").resolve(userPoolId + ".json");
            Files.createDirectories(file.getParent());
            Map<String, String> template = new java.util.LinkedHashMap<>();
            template.put("from", from);
            template.put("subject", subject);
            template.put("message", message);
            Files.write(file, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(template));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    int port() {
        return endpoint.getPort();
    }

    /** e.g. http://localhost:9229 */
    URI endpoint() {
        return endpoint;
    }

    /** The package's start script, installing {@code cognito-local@5.3.0} with npm when it is not there yet. */
    static Path installIfMissing() throws java.io.IOException, InterruptedException {
        return PACKAGE.installIfMissing("lib/bin/start.js");
    }

    static Path home() {
        return PACKAGE.home();
    }

    @Override
    public void close() {
        NodePackage.stop(process);
    }
}
