package org.inductionrecords.store;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the DynamoDB client once per function instance. Region, credentials and endpoint come from
 * the SDK's standard settings (AWS_REGION, the credential chain, AWS_ENDPOINT_URL_DYNAMODB), so the
 * same jar runs in AWS, on the local stack and against LocalStack.
 */
public final class DynamoClients {

    private DynamoClients() {
    }

    public static DynamoDbClient create() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
