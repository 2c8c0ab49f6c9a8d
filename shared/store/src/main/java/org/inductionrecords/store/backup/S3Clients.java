package org.inductionrecords.store.backup;

import java.util.Map;
import org.inductionrecords.store.ClientSettings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the S3 client once per function instance: region and credentials from {@link ClientSettings}, the
 * endpoint from the SDK's standard setting. {@code S3_FORCE_PATH_STYLE=true} in the function's environment turns on path-style addressing,
 * which S3-compatible endpoints such as the local stack's S3Proxy need; AWS itself leaves it unset.
 */
public final class S3Clients {

    public static final String FORCE_PATH_STYLE = "S3_FORCE_PATH_STYLE";

    private S3Clients() {
    }

    public static S3Client create(Map<String, String> environment) {
        return S3Client.builder()
                .region(ClientSettings.region())
                .credentialsProvider(ClientSettings.credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .forcePathStyle("true".equalsIgnoreCase(environment.get(FORCE_PATH_STYLE)))
                .build();
    }
}
