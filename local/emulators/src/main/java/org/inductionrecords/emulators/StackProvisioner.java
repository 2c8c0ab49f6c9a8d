package org.inductionrecords.emulators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Does, in the emulators, what CloudFormation would do for the template's data and identity resources:
 * DynamoDB tables (keys, indexes, TTL), S3 buckets, Cognito user pools (password policy) and pool clients.
 * Everything is looked up first, so provisioning again (a restart over a data directory) reuses it.
 * Table encryption, point-in-time recovery, bucket policies, versioning and lifecycle rules have no local
 * equivalent and are skipped.
 */
final class StackProvisioner {

    private static final Pattern STACK_NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    private final Emulators emulators;
    private final Template template;

    StackProvisioner(Emulators emulators, Template template) {
        this.emulators = emulators;
        this.template = template;
    }

    Stack provision(String stackName) {
        if (!STACK_NAME.matcher(stackName).matches()) {
            throw new IllegalArgumentException("Stack name '" + stackName + "' must be 1-31 lower-case letters, digits"
                    + " or hyphens starting with a letter (it becomes part of S3 bucket names)");
        }
        Map<String, String> emulatorIds = new LinkedHashMap<>();
        LocalPhysicalIds ids = new LocalPhysicalIds(template, stackName, emulatorIds);
        IntrinsicResolver resolver = ids.resolver();

        List<String> tables = new ArrayList<>();
        for (Template.Resource table : template.resourcesOfType("AWS::DynamoDB::Table")) {
            String name = ids.ref(table.logicalId());
            createTableIfMissing(name, Template.asMap(resolver.resolve(table.properties())));
            tables.add(name);
        }
        Map<String, String> buckets = new LinkedHashMap<>();
        for (Template.Resource bucket : template.resourcesOfType("AWS::S3::Bucket")) {
            String name = ids.ref(bucket.logicalId());
            createBucketIfMissing(name);
            buckets.put(bucket.logicalId(), name);
        }
        // Pools before clients: a client's UserPoolId is a Ref to its pool.
        for (Template.Resource pool : template.resourcesOfType("AWS::Cognito::UserPool")) {
            Map<String, Object> props = Template.asMap(resolver.resolve(pool.properties()));
            String name = String.valueOf(props.getOrDefault("UserPoolName", stackName + "-" + pool.logicalId()));
            String poolId = userPoolId(name, props);
            emulatorIds.put(pool.logicalId(), poolId);
            // cognito-local ignores the pool's invitation text; its mailbox bridge sends it (CognitoLocalProcess).
            Map<String, Object> invite = Template.asMap(Template.asMap(props.get("AdminCreateUserConfig"))
                    .get("InviteMessageTemplate"));
            if (!invite.isEmpty()) {
                emulators.invitationTemplate(poolId, LocalPhysicalIds.LOCAL_MAIL_FROM,
                        String.valueOf(invite.get("EmailSubject")), String.valueOf(invite.get("EmailMessage")));
            }
        }
        TokenValidity tokenValidity = null;
        for (Template.Resource client : template.resourcesOfType("AWS::Cognito::UserPoolClient")) {
            Map<String, Object> props = Template.asMap(resolver.resolve(client.properties()));
            String name = String.valueOf(props.getOrDefault("ClientName", stackName + "-" + client.logicalId()));
            TokenValidity validity = TokenValidity.of(props);
            emulatorIds.put(client.logicalId(),
                    userPoolClientId(String.valueOf(props.get("UserPoolId")), name, props, validity));
            tokenValidity = tokenValidity == null ? validity : tokenValidity;
        }

        List<String> bucketNames = new ArrayList<>(buckets.values());
        return new Stack(stackName,
                first(tables),
                buckets.getOrDefault("PrimaryBackupBucket", bucketNames.isEmpty() ? null : bucketNames.get(0)),
                buckets.getOrDefault("SecondaryBackupBucket", bucketNames.size() < 2 ? null : bucketNames.get(1)),
                firstOfType(emulatorIds, "AWS::Cognito::UserPool"),
                firstOfType(emulatorIds, "AWS::Cognito::UserPoolClient"),
                tokenValidity == null ? TokenValidity.of(Map.of()) : tokenValidity,
                template, emulators);
    }

    private void createTableIfMissing(String name, Map<String, Object> props) {
        DynamoDbClient dynamoDb = emulators.dynamoDb();
        try {
            dynamoDb.describeTable(b -> b.tableName(name));
            return;
        } catch (ResourceNotFoundException missing) {
            // create it below
        }
        boolean provisioned = "PROVISIONED".equals(props.get("BillingMode"));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .attributeDefinitions(maps(props.get("AttributeDefinitions")).stream()
                        .map(a -> AttributeDefinition.builder().attributeName(str(a, "AttributeName"))
                                .attributeType(str(a, "AttributeType")).build()).toList())
                .keySchema(keySchema(props.get("KeySchema")))
                .billingMode(provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST);
        if (provisioned) {
            request.provisionedThroughput(throughput());
        }
        List<GlobalSecondaryIndex> globalIndexes = maps(props.get("GlobalSecondaryIndexes")).stream()
                .map(index -> {
                    GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder()
                            .indexName(str(index, "IndexName"))
                            .keySchema(keySchema(index.get("KeySchema")))
                            .projection(projection(index.get("Projection")));
                    return (provisioned ? gsi.provisionedThroughput(throughput()) : gsi).build();
                }).toList();
        if (!globalIndexes.isEmpty()) {
            request.globalSecondaryIndexes(globalIndexes);
        }
        List<LocalSecondaryIndex> localIndexes = maps(props.get("LocalSecondaryIndexes")).stream()
                .map(index -> LocalSecondaryIndex.builder().indexName(str(index, "IndexName"))
                        .keySchema(keySchema(index.get("KeySchema")))
                        .projection(projection(index.get("Projection"))).build()).toList();
        if (!localIndexes.isEmpty()) {
            request.localSecondaryIndexes(localIndexes);
        }
        dynamoDb.createTable(request.build());
        Map<String, Object> ttl = Template.asMap(props.get("TimeToLiveSpecification"));
        if (Boolean.TRUE.equals(ttl.get("Enabled"))) {
            // DynamoDB Local records TTL but never deletes expired items.
            dynamoDb.updateTimeToLive(b -> b.tableName(name).timeToLiveSpecification(
                    t -> t.attributeName(str(ttl, "AttributeName")).enabled(true)));
        }
    }

    private void createBucketIfMissing(String name) {
        S3Client s3 = emulators.s3();
        try {
            s3.headBucket(b -> b.bucket(name));
            return;
        } catch (NoSuchBucketException missing) {
            // create it below
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
        }
        s3.createBucket(b -> b.bucket(name));
    }

    /**
     * The pool, created from the template's properties, or the existing one; either way given the template's MFA
     * configuration again, so a pool made before the template asked for TOTP gets it (CONTRACT.md section 10).
     */
    private String userPoolId(String name, Map<String, Object> props) {
        String id = existingOrNewUserPool(name, props);
        if (props.containsKey("MfaConfiguration")) {
            boolean totp = strings(props.get("EnabledMfas")).contains("SOFTWARE_TOKEN_MFA");
            emulators.cognito().setUserPoolMfaConfig(b -> b.userPoolId(id)
                    .mfaConfiguration(String.valueOf(props.get("MfaConfiguration")))
                    .softwareTokenMfaConfiguration(t -> t.enabled(totp)));
        }
        return id;
    }

    private String existingOrNewUserPool(String name, Map<String, Object> props) {
        CognitoIdentityProviderClient cognito = emulators.cognito();
        for (UserPoolDescriptionType pool : cognito.listUserPools(b -> b.maxResults(60)).userPools()) {
            if (name.equals(pool.name())) {
                return pool.id();
            }
        }
        Map<String, Object> password = Template.asMap(Template.asMap(props.get("Policies")).get("PasswordPolicy"));
        Map<String, Object> adminCreate = Template.asMap(props.get("AdminCreateUserConfig"));
        return cognito.createUserPool(b -> {
            b.poolName(name);
            b.usernameAttributesWithStrings(strings(props.get("UsernameAttributes")));
            b.autoVerifiedAttributesWithStrings(strings(props.get("AutoVerifiedAttributes")));
            if (!password.isEmpty()) {
                b.policies(UserPoolPolicyType.builder().passwordPolicy(PasswordPolicyType.builder()
                        .minimumLength(integer(password.get("MinimumLength")))
                        .requireLowercase(bool(password.get("RequireLowercase")))
                        .requireUppercase(bool(password.get("RequireUppercase")))
                        .requireNumbers(bool(password.get("RequireNumbers")))
                        .requireSymbols(bool(password.get("RequireSymbols")))
                        .temporaryPasswordValidityDays(integer(password.get("TemporaryPasswordValidityDays")))
                        .build()).build());
            }
            if (!adminCreate.isEmpty()) {
                b.adminCreateUserConfig(AdminCreateUserConfigType.builder()
                        .allowAdminCreateUserOnly(bool(adminCreate.get("AllowAdminCreateUserOnly"))).build());
            }
        }).userPool().id();
    }

    /**
     * The client, created with the template's token validity, or the existing one given it again: a client made
     * before the validity was passed on would otherwise keep cognito-local's 24-hour ID tokens, which the local
     * authorizer refuses as longer-lived than the pool's.
     */
    private String userPoolClientId(String userPoolId, String name, Map<String, Object> props,
                                    TokenValidity validity) {
        CognitoIdentityProviderClient cognito = emulators.cognito();
        for (UserPoolClientDescription client : cognito.listUserPoolClients(
                b -> b.userPoolId(userPoolId).maxResults(60)).userPoolClients()) {
            if (name.equals(client.clientName())) {
                cognito.updateUserPoolClient(b -> b.userPoolId(userPoolId).clientId(client.clientId())
                        .idTokenValidity(seconds(validity.idToken()))
                        .accessTokenValidity(seconds(validity.accessToken()))
                        .refreshTokenValidity(seconds(validity.refreshToken()))
                        .tokenValidityUnits(IN_SECONDS));
                return client.clientId();
            }
        }
        return cognito.createUserPoolClient(b -> b.userPoolId(userPoolId).clientName(name)
                .generateSecret(Boolean.TRUE.equals(props.get("GenerateSecret")))
                .explicitAuthFlowsWithStrings(strings(props.get("ExplicitAuthFlows")))
                .idTokenValidity(seconds(validity.idToken()))
                .accessTokenValidity(seconds(validity.accessToken()))
                .refreshTokenValidity(seconds(validity.refreshToken()))
                .tokenValidityUnits(IN_SECONDS))
                .userPoolClient().clientId();
    }

    private static final TokenValidityUnitsType IN_SECONDS = TokenValidityUnitsType.builder()
            .idToken(TimeUnitsType.SECONDS).accessToken(TimeUnitsType.SECONDS).refreshToken(TimeUnitsType.SECONDS)
            .build();

    private static int seconds(Duration duration) {
        return Math.toIntExact(duration.toSeconds());
    }

    private String firstOfType(Map<String, String> emulatorIds, String type) {
        return template.resourcesOfType(type).stream().map(r -> emulatorIds.get(r.logicalId()))
                .findFirst().orElse(null);
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        return maps(value).stream().map(k -> KeySchemaElement.builder().attributeName(str(k, "AttributeName"))
                .keyType(str(k, "KeyType")).build()).toList();
    }

    private static Projection projection(Object value) {
        Map<String, Object> projection = Template.asMap(value);
        Projection.Builder builder = Projection.builder()
                .projectionType(String.valueOf(projection.getOrDefault("ProjectionType", "ALL")));
        List<String> nonKey = strings(projection.get("NonKeyAttributes"));
        return (nonKey.isEmpty() ? builder : builder.nonKeyAttributes(nonKey)).build();
    }

    private static ProvisionedThroughput throughput() {
        return ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(5L).build();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<Map<String, Object>> maps(Object value) {
        return value instanceof List<?> list ? list.stream().map(Template::asMap).toList() : List.of();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String str(Map<String, Object> map, String key) {
        return String.valueOf(map.get(key));
    }

    private static Integer integer(Object value) {
        return value == null ? null : Integer.valueOf(String.valueOf(value));
    }

    private static Boolean bool(Object value) {
        return value == null ? null : Boolean.valueOf(String.valueOf(value));
    }
}
