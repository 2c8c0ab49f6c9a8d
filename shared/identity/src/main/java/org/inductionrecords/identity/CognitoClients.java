package org.inductionrecords.identity;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Builds the Cognito client once per function instance, with the same explicit region and credential chain as
 * the store's {@code ClientSettings} (aws.region, then AWS_REGION; system properties, then the AWS_ACCESS_KEY_ID
 * variables, then the container credentials Lambda gives a SnapStart function), so that building it skips the
 * SDK's profile-file and instance-metadata lookups. The endpoint stays the SDK's standard setting.
 */
final class CognitoClients {

    private static final AwsCredentialsProvider CREDENTIALS = AwsCredentialsProviderChain.builder()
            .credentialsProviders(SystemPropertyCredentialsProvider.create(),
                    EnvironmentVariableCredentialsProvider.create(),
                    ContainerCredentialsProvider.builder().build())
            .build();

    private CognitoClients() {
    }

    static CognitoIdentityProviderClient create() {
        return CognitoIdentityProviderClient.builder()
                .region(DefaultAwsRegionProviderChain.builder().build().getRegion())
                .credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
