package org.inductionrecords.emulators;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.utility.DockerImageName;

/**
 * DynamoDB and S3 in a LocalStack container started through Testcontainers: the second opinion on the
 * in-process DynamoDB Local and S3Proxy, used by {@link Emulators#shared()} under {@code -Plocalstack}.
 * Cognito is not here: LocalStack's Cognito is in its paid edition only, so cognito-local stays.
 *
 * <p>Testcontainers and opentest4j are optional dependencies of this module: only the {@code localstack}
 * profile puts them on a test classpath, and nothing loads this class without it.
 */
final class LocalStackServices implements AutoCloseable {

    static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:3");

    private static volatile Optional<String> dockerMissing;

    private final LocalStackContainer container;

    private LocalStackServices(LocalStackContainer container) {
        this.container = container;
    }

    /**
     * Without a Docker engine there is nothing to test against, which is not a failure of the code under
     * test: the test is aborted ({@link DockerMissing}, reported as skipped) with the reason. Probed once per JVM.
     */
    static void requireDocker() {
        Optional<String> missing = dockerMissing;
        if (missing == null) {
            silenceDockerProbe();
            missing = DockerClientFactory.instance().isDockerAvailable() ? Optional.empty()
                    : Optional.of("no Docker engine found: the integration tests against LocalStack (-Plocalstack)"
                    + " are skipped; run them where Docker runs, or without -Plocalstack against the in-process"
                    + " emulators");
            dockerMissing = missing;
        }
        missing.ifPresent(reason -> {
            throw new DockerMissing(reason);
        });
    }

    /** Starts {@link #IMAGE} with DynamoDB and S3, and waits until it answers. */
    static LocalStackServices start() {
        LocalStackContainer container = new LocalStackContainer(IMAGE)
                .withServices(Service.DYNAMODB, Service.S3)
                // As DynamoDB Local's -sharedDb: one set of tables whatever the access key and region.
                .withEnv("DYNAMODB_SHARE_DB", "1");
        container.start();
        return new LocalStackServices(container);
    }

    /** One edge port serves every LocalStack service. */
    URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public void close() {
        container.stop();
    }

    /**
     * Each strategy that fails to find Docker logs an ERROR with a stack trace; a cleanly skipped run should
     * say only why it skipped. Only when Logback is SLF4J's binding (S3Proxy brings it; where the SDK's older
     * SLF4J API wins, nothing is bound and Testcontainers logs nothing anyway).
     */
    private static void silenceDockerProbe() {
        if (!LoggerFactory.getILoggerFactory().getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) {
            return;
        }
        for (String name : List.of("org.testcontainers.dockerclient.DockerClientProviderStrategy",
                "org.testcontainers.DockerClientFactory")) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name)).setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }
}
