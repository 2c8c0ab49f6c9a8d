package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.inductionrecords.emulators.ListenAddress;
import org.inductionrecords.emulators.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The local stack over real HTTP: the API's gateway behaviour, the invoke API, outputs.json, restarts. */
@Tag("emulators")
class LocalStackTest {

    private static RunningStack local;

    @BeforeAll
    static void start() {
        local = RunningStack.get();
        System.out.println("local stack started in " + local.localStack().startupTime().toMillis() + " ms");
    }

    @Test
    void anUnknownRouteIsNotFound() {
        RunningStack.Response response = local.call("GET", "/no/such/route", null, null);
        assertEquals(404, response.status());
        assertEquals("not_found", response.json().get("error").asText());
    }

    @Test
    void aKnownPathWithAnotherMethodIsNotFound() {
        RunningStack.Response response = local.call("DELETE", "/me", null, null);
        assertEquals(404, response.status());
        assertEquals("not_found", response.json().get("error").asText());
    }

    @Test
    void noTokenIsUnauthorized() {
        RunningStack.Response response = local.call("GET", "/me", null, null);
        assertEquals(401, response.status());
        assertEquals("unauthorized", response.json().get("error").asText());
        assertTrue(response.json().get("details").isArray());
    }

    @Test
    void aMalformedTokenIsUnauthorized() {
        assertEquals(401, local.call("GET", "/me", "not-a-jwt", null).status());
        assertEquals(401, local.call("GET", "/me", "a.b.c", null).status());
    }

    @Test
    void anExpiredTokenSignedByAnotherKeyIsUnauthorized() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("throwaway").generate();
        Stack stack = local.stack();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("someone").issuer(stack.issuer()).audience(stack.userPoolClientId())
                        .claim("token_use", "id").expirationTime(Date.from(Instant.now().minusSeconds(60))).build());
        jwt.sign(new RSASSASigner(key));
        assertEquals(401, local.call("GET", "/me", jwt.serialize(), null).status());
    }

    @Test
    void aRealIdTokenPassesTheAuthorizer() {
        Stack stack = local.stack();
        stack.createLogin("authorizer.check@example.org", "Authorizer-Check-1!");
        String token = stack.idToken("authorizer.check@example.org", "Authorizer-Check-1!");
        RunningStack.Response bearer = local.call("GET", "/me", token, null);
        assertNotEquals(401, bearer.status(), bearer.body());
        // API Gateway also takes the raw token without "Bearer "
        RunningStack.Response raw = local.send(HttpRequest.newBuilder(local.apiUrl().resolve("/me"))
                .header("Authorization", token).GET().build());
        assertNotEquals(401, raw.status(), raw.body());
    }

    @Test
    void aBodyOverTenMegabytesIsTooLarge() {
        String big = "\"" + "x".repeat(10 * 1024 * 1024 + 10) + "\"";
        RunningStack.Response response = local.call("POST", "/schools", null, big);
        assertEquals(413, response.status());
        assertEquals("payload_too_large", response.json().get("error").asText());
    }

    @Test
    void theInvokeApiRunsAStreamFunction() {
        RunningStack.Response response = local.invoke("RestoreFunction",
                "{\"backupId\":\"20260101T000000Z\",\"site\":\"primary\",\"targetTable\":\"e2e-restore-x\",\"dryRun\":true}");
        assertEquals(200, response.status());
        assertNotNull(response.json(), response.body());
        if (response.header("X-Amz-Function-Error") != null) {
            assertEquals("Unhandled", response.header("X-Amz-Function-Error"));
            assertTrue(response.json().has("errorMessage"));
            assertTrue(response.json().has("errorType"));
        }
    }

    @Test
    void theInvokeApiBindsAnApiEventForAnApiFunction() {
        String event = """
                {"resource": "/me", "path": "/me", "httpMethod": "GET", "headers": {"Accept": "application/json"},
                 "isBase64Encoded": false, "unknownField": 1,
                 "requestContext": {"stage": "v1", "requestId": "r-1", "identity": {"sourceIp": "192.0.2.10"},
                   "authorizer": {"claims": {"sub": "00000000-0000-0000-0000-000000000000", "token_use": "id"}}}}
                """;
        RunningStack.Response response = local.invoke("UsersFunction", event);
        assertEquals(200, response.status());
        assertTrue(response.json().get("statusCode").isInt(), response.body());
        assertTrue(response.json().has("isBase64Encoded") || response.json().has("body"), response.body());
    }

    @Test
    void theInvokeApiTakesAnArnAndRefusesUnknownFunctions() {
        RunningStack.Response unknown = local.invoke("NoSuchFunction", "{}");
        assertEquals(404, unknown.status());
        assertEquals("ResourceNotFoundException", unknown.header("x-amzn-ErrorType"));
        RunningStack.Response byArn = local.invoke("arn:aws:lambda:eu-west-2:000000000000:function:BackupFunction", "{}");
        assertEquals(200, byArn.status());
    }

    @Test
    void outputsJsonHoldsEveryOutputAndTheEndpoints() throws Exception {
        Path file = local.localStack().outputsFile();
        JsonNode outputs = new ObjectMapper().readTree(Files.readString(file));
        for (String name : new String[] {"ApiUrl", "UserPoolId", "UserPoolClientId", "TableName",
                "PrimaryBackupBucket", "SecondaryBackupBucket"}) {
            assertTrue(outputs.hasNonNull(name), name);
        }
        assertEquals(local.apiUrl().toString(), outputs.get("ApiUrl").asText());
        assertEquals("e2e-records", outputs.get("TableName").asText());
        assertEquals(local.stack().userPoolId(), outputs.get("UserPoolId").asText());
        for (String name : new String[] {"api", "lambda", "dynamodb", "s3", "cognito"}) {
            assertTrue(outputs.get("endpoints").get(name).asText().startsWith("http://localhost:"), name);
        }
    }

    @Test
    void aRestartOverTheSameDataDirKeepsTheData(@TempDir Path dataDir) {
        LocalStackOptions options = LocalStackOptions.defaults().withFreePorts().withDataDir(dataDir)
                .withStackName("restart").withSchedules(false);
        Console quiet = new Console(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        String poolId;
        try (LocalStack first = LocalStack.start(options, quiet, false)) {
            poolId = first.stack().userPoolId();
            first.emulators().dynamoDb().putItem(b -> b.tableName(first.stack().tableName())
                    .item(Map.of("pk", AttributeValue.fromS("KEEP"), "sk", AttributeValue.fromS("ME"))));
            first.stack().createLogin("restart@example.org", "Restart-Check-1!");
        }
        try (LocalStack second = LocalStack.start(options, quiet, false)) {
            System.out.println("warm restart in " + second.startupTime().toMillis() + " ms");
            assertEquals(poolId, second.stack().userPoolId());
            Map<String, AttributeValue> item = second.emulators().dynamoDb().getItem(b -> b
                    .tableName(second.stack().tableName())
                    .key(Map.of("pk", AttributeValue.fromS("KEEP"), "sk", AttributeValue.fromS("ME")))).item();
            assertEquals("ME", item.get("sk").s());
            assertNotNull(second.stack().idToken("restart@example.org", "Restart-Check-1!"));
        }
    }

    @Test
    void aFunctionWhoseHandlerIsMissingStopsTheStartNamingIt(@TempDir Path dir) throws Exception {
        // given a template whose UsersFunction names a handler class that does not exist
        Path template = dir.resolve("template.yaml");
        Files.writeString(template, Files.readString(local.stack().template().file()).replace(
                "org.inductionrecords.users.UsersHandler::handleRequest",
                "org.inductionrecords.users.NoSuchHandler::handleRequest"));
        LocalStackOptions options = LocalStackOptions.parse("--template", template.toString(), "--data-dir",
                dir.resolve("data").toString(), "--stack-name", "missing", "--no-schedules").withFreePorts();

        // when the stack starts, then it does not: the start fails naming the function and its class
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalStack.start(options, quietConsole(), false));
        assertTrue(e.getMessage().contains("UsersFunction (org.inductionrecords.users.NoSuchHandler)"), e.getMessage());
    }

    @Test
    void anAdminThatCannotBeCreatedStopsTheStart(@TempDir Path dataDir) {
        // given --admin-email with an address BootstrapAdminFunction refuses
        LocalStackOptions options = LocalStackOptions.defaults().withFreePorts().withDataDir(dataDir)
                .withStackName("noadmin").withSchedules(false).withAdmin("not-an-email", "Admin-Passw0rd!");

        // when the stack starts, then it does not, and says why
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalStack.start(options, quietConsole(), false));
        assertTrue(e.getMessage().startsWith("--admin-email: BootstrapAdminFunction failed"), e.getMessage());
    }

    private static Console quietConsole() {
        return new Console(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void aTakenPortIsRefusedNamingTheOption() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            LocalStackOptions options = new LocalStackOptions(Path.of("unused"), "taken", null, null, false,
                    0, taken.getLocalPort(), 0, 0, 0, 0, null, ListenAddress.LOOPBACK, false, false);
            LocalStack.PortInUseException e = assertThrows(LocalStack.PortInUseException.class,
                    () -> LocalStack.start(options));
            assertTrue(e.getMessage().contains("--lambda-port"), e.getMessage());
        }
    }
}
