package org.inductionrecords.store;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the DynamoDB client once per function instance (handlers call it from their constructor, which
 * Lambda runs once, before the SnapStart snapshot). Region and credentials from {@link ClientSettings}; the
 * endpoint from the SDK's standard setting (AWS_ENDPOINT_URL_DYNAMODB / aws.endpointUrlDynamoDb), so the same
 * jar runs in AWS, on the local stack and against LocalStack. The url-connection HTTP client is the only
 * one in the jars: it loads in a fraction of Apache's time.
 */
public final class DynamoClients {

    private DynamoClients() {
    }

    public static DynamoDbClient create() {
        return DynamoDbClient.builder()
                .region(ClientSettings.region())
                .credentialsProvider(ClientSettings.credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
