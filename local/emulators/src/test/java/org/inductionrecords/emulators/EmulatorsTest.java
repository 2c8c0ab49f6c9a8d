package org.inductionrecords.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.S3Client;

@Tag("emulators")
class EmulatorsTest {

    private static Emulators emulators;
    private static Stack stack;

    @BeforeAll
    static void start() {
        emulators = Emulators.shared();
        System.out.println("emulators started in " + emulators.startupTime().toMillis() + " ms, "
                + emulators.startupReport());
        stack = emulators.createStack("emulators-test");
    }

    @Test
    void anInvitationLandsInTheMailboxWithATemporaryPasswordThatSignsIn() {
        // given the pool's invitation text from the template, when a user is invited by email as the functions do
        String email = "invited-" + System.nanoTime() + "@school.example";
        emulators.cognito().adminCreateUser(b -> b.userPoolId(stack.userPoolId()).username(email)
                .userAttributes(a -> a.name("email").value(email), a -> a.name("email_verified").value("true"))
                .desiredDeliveryMediumsWithStrings("EMAIL"));
        // then the mailbox holds the invitation, from the local sender, with the template's subject
        List<Mailbox.Email> mail = new Mailbox(emulators.sesEndpoint()).to(email);
        assertEquals(1, mail.size());
        assertEquals("Your induction records account", mail.get(0).subject());
        assertEquals(Emulators.LOCAL_MAIL_FROM, mail.get(0).from());
        assertTrue(mail.get(0).text().contains(email), mail.get(0).text());
        // and its temporary password signs in, to the new-password challenge
        String password = mail.get(0).temporaryPassword().orElseThrow();
        var challenge = emulators.cognito().initiateAuth(b -> b.clientId(stack.userPoolClientId())
                .authFlow("USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", email, "PASSWORD", password)));
        assertEquals("NEW_PASSWORD_REQUIRED", challenge.challengeNameAsString());
    }

    @Test
    void sharedIsOnePerJvm() {
        assertSame(emulators, Emulators.shared());
        assertSame(stack, emulators.createStack("emulators-test"));
    }

    @Test
    void createsTheTableWithItsKeysAndFiveIndexes() {
        TableDescription table = emulators.dynamoDb().describeTable(b -> b.tableName(stack.tableName())).table();
        assertEquals("emulators-test-records", table.tableName());
        assertEquals(List.of("gsi1", "gsi2", "gsi3", "gsi4", "retention", "tasks"),
                table.globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).sorted().toList());
        assertEquals("pk", table.keySchema().get(0).attributeName());
    }

    @Test
    void createsBothBuckets() {
        assertEquals("emulators-test-backup-primary-000000000000", stack.primaryBucket());
        assertEquals("emulators-test-backup-secondary-000000000000", stack.secondaryBucket());
        emulators.s3().putObject(b -> b.bucket(stack.secondaryBucket()).key("backups/x.json"), RequestBody.fromString("{}"));
        assertEquals("{}", emulators.s3().getObjectAsBytes(b -> b.bucket(stack.secondaryBucket()).key("backups/x.json"))
                .asUtf8String());
    }

    @Test
    void defaultBuiltSdkClientsReachTheEmulators() {
        assertEquals(emulators.dynamoDbEndpoint().toString(), System.getProperty(Emulators.DYNAMODB_ENDPOINT_PROPERTY));
        try (DynamoDbClient dynamoDb = DynamoDbClient.create()) {
            dynamoDb.putItem(b -> b.tableName(stack.tableName())
                    .item(Map.of("pk", AttributeValue.fromS("P"), "sk", AttributeValue.fromS("S"))));
            assertTrue(dynamoDb.listTables().tableNames().contains(stack.tableName()));
        }
        try (S3Client s3 = S3Client.builder().forcePathStyle(true).build()) {
            assertTrue(s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(stack.primaryBucket())));
        }
        try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.create()) {
            assertTrue(cognito.listUserPools(b -> b.maxResults(60)).userPools().stream()
                    .anyMatch(p -> p.id().equals(stack.userPoolId())));
        }
    }

    @Test
    void theEnvironmentResolvesToLocalIds() {
        Map<String, String> env = stack.environment("BackupFunction");
        assertEquals(stack.tableName(), env.get("TABLE_NAME"));
        assertEquals(stack.primaryBucket(), env.get("PRIMARY_BACKUP_BUCKET"));
        assertEquals(stack.secondaryBucket(), env.get("SECONDARY_BACKUP_BUCKET"));
        assertTrue(env.get("PRIMARY_BACKUP_KMS_KEY").startsWith("arn:aws:kms:eu-west-2:000000000000:key/"));
        assertTrue(env.get("SECONDARY_BACKUP_KMS_KEY").startsWith("arn:aws:kms:eu-west-2:000000000000:key/"));
        assertEquals("true", env.get(Stack.S3_FORCE_PATH_STYLE));
        assertTrue(!env.containsKey("JAVA_TOOL_OPTIONS"));
        assertEquals(stack.userPoolId(), stack.environment("UsersFunction").get("USER_POOL_ID"));
    }

    @Test
    void aLoginGetsAnIdTokenForThePool() throws Exception {
        String sub = stack.createLogin("someone@example.org", "Correct-Horse-9!");
        assertEquals(sub, stack.createLogin("someone@example.org", "Correct-Horse-9!"), "idempotent");
        String token = stack.idToken("someone@example.org", "Correct-Horse-9!");
        JsonNode claims = new ObjectMapper().readTree(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals(sub, claims.get("sub").asText());
        assertEquals("id", claims.get("token_use").asText());
        assertEquals(stack.userPoolClientId(), claims.get("aud").asText());
        assertEquals(stack.issuer(), claims.get("iss").asText());
        assertTrue(stack.issuer().startsWith("http://localhost:"));
        assertEquals(3600, claims.get("exp").asLong() - claims.get("iat").asLong(),
                "the template's IdTokenValidity (60 minutes), not cognito-local's 24 hours");
        assertEquals(Duration.ofMinutes(60), stack.tokenValidity().idToken());
        String jwks = new String(emulators.cognitoJwks(stack.userPoolId()).toURL().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(jwks.contains("\"keys\""));
    }

    @Test
    void aClientLeftWithLongerLivedTokensIsGivenTheTemplatesValidityWhenProvisionedAgain() throws Exception {
        // given a pool client whose ID tokens live 24 hours, as one provisioned before the validity was passed on
        Stack old = new StackProvisioner(emulators, stack.template()).provision("old-client");
        emulators.cognito().updateUserPoolClient(b -> b.userPoolId(old.userPoolId()).clientId(old.userPoolClientId())
                .idTokenValidity(24).tokenValidityUnits(u -> u.idToken(TimeUnitsType.HOURS)));
        old.createLogin("old.client@example.org", "Correct-Horse-9!");
        assertEquals(24 * 3600, idTokenLife(old.idToken("old.client@example.org", "Correct-Horse-9!")));

        // when the stack is provisioned again (a restart over the same data directory)
        Stack again = new StackProvisioner(emulators, stack.template()).provision("old-client");

        // then the same client issues ID tokens for the template's 60 minutes
        assertEquals(old.userPoolClientId(), again.userPoolClientId());
        assertEquals(3600, idTokenLife(again.idToken("old.client@example.org", "Correct-Horse-9!")));
    }

    private static long idTokenLife(String token) throws Exception {
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return claims.get("exp").asLong() - claims.get("iat").asLong();
    }

    @Test
    void createStackIsIdempotentAcrossProvisioning() {
        Stack again = new StackProvisioner(emulators, stack.template()).provision("emulators-test");
        assertEquals(stack, again);
        assertNotNull(again.userPoolId());
    }
}
