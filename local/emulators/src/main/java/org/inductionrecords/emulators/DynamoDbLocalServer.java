package org.inductionrecords.emulators;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB Local in this JVM. {@code -sharedDb} so every access key and region sees the same tables
 * (functions, tests and the AWS CLI use different credentials); {@code -disableTelemetry} because
 * telemetry start-up needs classes we exclude.
 */
final class DynamoDbLocalServer implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts on {@code port}; in memory when {@code dbDir} is null, else in SQLite files under it. */
    static DynamoDbLocalServer start(int port, Path dbDir) throws Exception {
        List<String> args = new ArrayList<>(List.of("-port", String.valueOf(port), "-sharedDb", "-disableTelemetry"));
        if (dbDir == null) {
            args.add("-inMemory");
        } else {
            Files.createDirectories(dbDir);
            args.addAll(List.of("-dbPath", dbDir.toAbsolutePath().toString()));
        }
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
        server.start();
        return new DynamoDbLocalServer(server, port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
