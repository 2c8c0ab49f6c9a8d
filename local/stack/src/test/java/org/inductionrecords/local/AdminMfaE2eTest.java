package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.inductionrecords.testing.Totp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * CONTRACT.md section 10 end to end: the local stack run as its users run it, in its own JVM with
 * {@code --require-admin-mfa} (the shared {@link RunningStack} leaves the rule off, as the local stack does by
 * default). An AB admin is refused {@code mfa_required} everywhere but {@code GET /me} and {@code POST /me/mfa},
 * enrols a TOTP device in cognito-local with its own access token (AssociateSoftwareToken, VerifySoftwareToken,
 * SetUserMFAPreference, as the web front end does), records it, and is let through; its next sign-in is challenged
 * for the code. The device's codes come from {@link Totp} (RFC 6238), not from cognito-local.
 */
@Tag("emulators")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminMfaE2eTest {

    private static final String ADMIN_EMAIL = "mfa.admin@example.org";
    private static final String ADMIN_PASSWORD = "Mfa-Admin-Passw0rd!";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SeparateStack stack;
    private static URI api;
    private static String clientId;
    private static String userPoolId;
    private static CognitoIdentityProviderClient cognito;
    /** The admin's TOTP device, once enrolled: what an authenticator app keeps. */
    private static volatile String deviceSecret;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void aLocalStackWithTheRuleOn() throws Exception {
        stack = SeparateStack.start("mfa", ADMIN_EMAIL, ADMIN_PASSWORD, "--require-admin-mfa");
        JsonNode out = stack.outputs();
        api = URI.create(out.get("ApiUrl").asText());
        clientId = out.get("UserPoolClientId").asText();
        userPoolId = out.get("UserPoolId").asText();
        cognito = CognitoIdentityProviderClient.builder()
                .endpointOverride(URI.create(out.get("endpoints").get("cognito").asText()))
                .region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cognito != null) {
            cognito.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void anAbAdminEnrolsTotpThenIsLetThroughAndItsNextSignInIsChallenged() throws Exception {
        // given an AB admin signed in with its password alone
        AuthenticationResultType first = signIn().authenticationResult();
        assertNotNull(first, "no challenge before a device is enrolled");

        // then it may read its own record, and nothing else
        assertEquals(200, call("GET", "/me", first.idToken()).status());
        Answer refused = call("GET", "/schools", first.idToken());
        assertEquals(403, refused.status());
        assertEquals("mfa_required", refused.json().get("error").asText());
        assertEquals("mfa_required", call("POST", "/schools", first.idToken(),
                "{\"urn\":\"700001\",\"name\":\"Not yet\"}").json().get("error").asText());
        // and recording a second factor Cognito does not have is a conflict
        assertEquals(409, call("POST", "/me/mfa", first.idToken()).status());

        // when it enrols a TOTP device with its access token, a wrong code first
        String secret = cognito.associateSoftwareToken(b -> b.accessToken(first.accessToken())).secretCode();
        deviceSecret = secret;
        assertThrows(CodeMismatchException.class, () -> cognito.verifySoftwareToken(b -> b
                .accessToken(first.accessToken()).userCode(wrong(Totp.now(secret)))));
        assertEquals(409, call("POST", "/me/mfa", first.idToken()).status(), "not enabled before a verified code");
        assertEquals(VerifySoftwareTokenResponseType.SUCCESS, cognito.verifySoftwareToken(b -> b
                .accessToken(first.accessToken()).userCode(Totp.now(secret)).friendlyDeviceName("test device"))
                .status());
        cognito.setUserMFAPreference(b -> b.accessToken(first.accessToken())
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));

        // then POST /me/mfa finds it in Cognito and records it
        Answer recorded = call("POST", "/me/mfa", first.idToken());
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals("{\"mfa\":\"TOTP\"}", recorded.body());
        // and the next request succeeds, with the same token
        assertEquals(201, call("POST", "/schools", first.idToken(), "{\"urn\":\"700001\",\"name\":\"Now\"}").status());
        assertEquals(200, call("GET", "/schools", first.idToken()).status());
        // and recording it again changes nothing
        assertEquals(200, call("POST", "/me/mfa", first.idToken()).status());

        // when it signs in again, it is challenged for the code, and a wrong one is refused
        InitiateAuthResponse challenged = signIn();
        assertEquals(ChallengeNameType.SOFTWARE_TOKEN_MFA, challenged.challengeName());
        assertNull(challenged.authenticationResult(), "no tokens before the code");
        assertThrows(CodeMismatchException.class, () -> respond(challenged, wrong(Totp.now(secret))));
        // and the right one gives tokens the API accepts
        AuthenticationResultType second = respond(challenged, Totp.now(secret)).authenticationResult();
        assertEquals(200, call("GET", "/schools", second.idToken()).status());
    }

    @Test
    @Order(2)
    void theRuleIsForAbAdminsOnly() throws Exception {
        // given a coordinator with a password and no second factor, provisioned by the enrolled admin
        String admin = enrolledAdminToken();
        String urn = "700002";
        String email = "mfa.coordinator@example.org";
        Answer school = call("POST", "/schools", admin, "{\"urn\":\"" + urn + "\",\"name\":\"Rule school\"}");
        assertEquals(201, school.status(), school.body());
        Answer created = call("POST", "/schools/" + urn + "/users", admin, JSON.writeValueAsString(Map.of(
                "email", email, "givenName", "Cora", "familyName", "Ordinator", "role", "INDUCTION_COORDINATOR")));
        assertEquals(201, created.status(), created.body());
        cognito.adminSetUserPassword(b -> b.userPoolId(userPoolId).username(email).password("Coordinator-Passw0rd!")
                .permanent(true));

        // when it signs in and reads its school, then it is let through without a second factor
        String token = cognito.initiateAuth(b -> b.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", "Coordinator-Passw0rd!")))
                .authenticationResult().idToken();
        assertEquals(200, call("GET", "/schools/" + urn, token).status());
    }

    // ---------------------------------------------------------------- helpers

    /** An ID token of the admin the first test enrolled (or enrolled now, if it runs alone), code and all. */
    private static String enrolledAdminToken() throws Exception {
        InitiateAuthResponse auth = signIn();
        if (auth.challengeName() == ChallengeNameType.SOFTWARE_TOKEN_MFA) {
            return respond(auth, Totp.now(deviceSecret)).authenticationResult().idToken();
        }
        AuthenticationResultType tokens = auth.authenticationResult();
        String secret = cognito.associateSoftwareToken(b -> b.accessToken(tokens.accessToken())).secretCode();
        cognito.verifySoftwareToken(b -> b.accessToken(tokens.accessToken()).userCode(Totp.now(secret)));
        cognito.setUserMFAPreference(b -> b.accessToken(tokens.accessToken())
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
        assertEquals(200, call("POST", "/me/mfa", tokens.idToken()).status());
        deviceSecret = secret;
        return tokens.idToken();
    }

    private static InitiateAuthResponse signIn() {
        return cognito.initiateAuth(b -> b.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", ADMIN_EMAIL, "PASSWORD", ADMIN_PASSWORD)));
    }

    private static software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse respond(
            InitiateAuthResponse challenge, String code) {
        return cognito.respondToAuthChallenge(b -> b.clientId(clientId).session(challenge.session())
                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
                .challengeResponses(Map.of("USERNAME", ADMIN_EMAIL, "SOFTWARE_TOKEN_MFA_CODE", code)));
    }

    /** A code that is certainly not the device's now (nor in cognito-local's 30-second tolerance, in practice). */
    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }

    private record Answer(int status, String body, JsonNode json) {
    }

    private static Answer call(String method, String path, String token) throws Exception {
        return call(method, path, token, null);
    }

    private static Answer call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        RunningStack.Response judged = new RunningStack.Response(response.statusCode(), parse(response.body()),
                response.body(), response.headers().map());
        // every exchange judged against docs/openapi.yaml, as RunningStack does
        OpenApiContract.check(method, path, token, body, Map.of(), judged);
        return new Answer(judged.status(), judged.body(), judged.json());
    }

    private static JsonNode parse(String body) throws IOException {
        return body == null || body.isBlank() ? null : JSON.readTree(body);
    }
}
