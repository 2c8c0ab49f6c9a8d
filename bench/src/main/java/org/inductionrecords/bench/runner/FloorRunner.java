package org.inductionrecords.bench.runner;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The floor of a cold start: the least a function with the same SDK clients must do. In a fresh JVM like
 * {@link ColdRunner}'s (same flags, same function.jar, so the same class path), it builds the same clients
 * (url-connection HTTP client, region and credentials as the functions set them; or with {@code default}, the
 * SDK's default chains) and makes the same number of calls per service and operation as the function made,
 * each the smallest call of that operation on the same table, pool or bucket. No JSON mapping, no domain code.
 *
 * <pre>java -cp function.jar:bench-runner.jar ...FloorRunner explicit|default dynamodb,cognito,s3 DynamoDb:GetItem=2,...</pre>
 */
public final class FloorRunner {

    private FloorRunner() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        boolean explicit = args[0].equals("explicit");
        String clients = args[1];
        String table = System.getenv("TABLE_NAME");
        DynamoDbClient dynamo = clients.contains("dynamodb") ? dynamo(explicit) : null;
        CognitoIdentityProviderClient cognito = clients.contains("cognito") ? cognito(explicit) : null;
        S3Client s3 = clients.contains("s3") ? s3(explicit) : null;
        SesV2Client ses = clients.contains("ses") ? ses(explicit) : null;
        long built = System.nanoTime();
        if (!args[2].equals("-")) {
            for (String call : args[2].split(",")) {
                String[] parts = call.split("=");
                int times = Integer.parseInt(parts[1]);
                for (int i = 0; i < times; i++) {
                    call(parts[0], dynamo, cognito, s3, ses, table);
                }
            }
        }
        ColdRunner.report("floor", start, built, System.nanoTime());
    }

    private static void call(String call, DynamoDbClient dynamo, CognitoIdentityProviderClient cognito, S3Client s3,
                             SesV2Client ses, String table) {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("FLOOR#" + UUID.randomUUID()),
                "sk", AttributeValue.fromS("FLOOR"));
        if (call.startsWith("DynamoDb:")) {
            switch (call.substring("DynamoDb:".length())) {
                case "Query" -> dynamo.query(b -> b.tableName(table).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", key.get("pk"))).limit(1));
                case "Scan" -> dynamo.scan(b -> b.tableName(table).limit(1));
                case "DescribeTable" -> dynamo.describeTable(b -> b.tableName(table));
                case "BatchGetItem" -> dynamo.batchGetItem(b -> b.requestItems(Map.of(table,
                        software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder().keys(key).build())));
                case "PutItem", "TransactWriteItems", "UpdateItem", "BatchWriteItem", "DeleteItem" -> {
                    // A write of a scratch item under a key no record uses (then it expires via the TTL).
                    Map<String, AttributeValue> item = new HashMap<>(key);
                    item.put("type", AttributeValue.fromS("FLOOR"));
                    item.put("expiresAt", AttributeValue.fromN("1"));
                    dynamo.putItem(b -> b.tableName(table).item(item));
                }
                default -> dynamo.getItem(b -> b.tableName(table).key(key));
            }
        } else if (call.startsWith("CognitoIdentityProvider:")) {
            cognito.listUsers(b -> b.userPoolId(System.getenv("USER_POOL_ID")).limit(1));
        } else if (call.startsWith("SesV2:")) {
            ses.sendEmail(b -> b.fromEmailAddress(System.getenv("MAIL_FROM"))
                    .destination(d -> d.toAddresses("floor@bench.example"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("floor")).body(x -> x.text(t -> t.data("floor"))))));
        } else if (call.startsWith("S3:")) {
            s3.listObjectsV2(b -> b.bucket(System.getenv("PRIMARY_BACKUP_BUCKET")).maxKeys(1));
        } else {
            throw new IllegalArgumentException("no floor call for " + call);
        }
    }

    private static final AwsCredentialsProvider CREDENTIALS = AwsCredentialsProviderChain.builder()
            .credentialsProviders(SystemPropertyCredentialsProvider.create(),
                    EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.builder().build())
            .build();

    private static DynamoDbClient dynamo(boolean explicit) {
        var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        if (explicit) {
            builder.region(new DefaultAwsRegionProviderChain().getRegion()).credentialsProvider(CREDENTIALS);
        }
        return builder.build();
    }

    private static CognitoIdentityProviderClient cognito(boolean explicit) {
        var builder = CognitoIdentityProviderClient.builder().httpClient(UrlConnectionHttpClient.create());
        if (explicit) {
            builder.region(new DefaultAwsRegionProviderChain().getRegion()).credentialsProvider(CREDENTIALS);
        }
        return builder.build();
    }

    private static SesV2Client ses(boolean explicit) {
        var builder = SesV2Client.builder().httpClient(UrlConnectionHttpClient.create());
        if (explicit) {
            builder.region(new DefaultAwsRegionProviderChain().getRegion()).credentialsProvider(CREDENTIALS);
        }
        return builder.build();
    }

    private static S3Client s3(boolean explicit) {
        var builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).forcePathStyle(true);
        if (explicit) {
            builder.region(new DefaultAwsRegionProviderChain().getRegion()).credentialsProvider(CREDENTIALS);
        }
        return builder.build();
    }
}
