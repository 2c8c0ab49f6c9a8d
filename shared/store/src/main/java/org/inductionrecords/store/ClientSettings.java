package org.inductionrecords.store;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Region and credentials for every SDK client a function builds, resolved once per JVM. Explicit so that a
 * client's construction does not walk the SDK's whole default chains (profile files, web identity, instance
 * metadata) on a cold start; the same standard sources are read, so the jar still runs unchanged in AWS, on
 * the local stack and in tests:
 * <ul>
 *   <li>region: the {@code aws.region} system property, then {@code AWS_REGION} (set by Lambda);</li>
 *   <li>credentials: the {@code aws.accessKeyId} system properties (the local stack, tests), then the
 *       {@code AWS_ACCESS_KEY_ID} environment variables (Lambda), then the container credentials endpoint,
 *       which is what Lambda provides instead of those variables when SnapStart is on.</li>
 * </ul>
 * The identity module keeps the same chain in {@code identity.CognitoClients}.
 */
public final class ClientSettings {

    private static final AwsCredentialsProvider CREDENTIALS = AwsCredentialsProviderChain.builder()
            .credentialsProviders(SystemPropertyCredentialsProvider.create(),
                    EnvironmentVariableCredentialsProvider.create(),
                    ContainerCredentialsProvider.builder().build())
            .build();

    private ClientSettings() {
    }

    public static Region region() {
        return DefaultAwsRegionProviderChain.builder().build().getRegion();
    }

    public static AwsCredentialsProvider credentials() {
        return CREDENTIALS;
    }
}
