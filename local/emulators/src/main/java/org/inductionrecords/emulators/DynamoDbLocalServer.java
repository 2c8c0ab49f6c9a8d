package org.inductionrecords.emulators;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * DynamoDB Local in this JVM, on one address. DynamoDB Local has no option for the address (its command line
 * takes {@code -port} only, and its DynamoDBProxyServer gives Jetty a port alone, which binds every interface),
 * so this builds what {@code ServerRunner.createServer} builds, DynamoDB Local's own request handler in a
 * context, on a Jetty server (DynamoDB Local's Jetty) whose connector has the host set.
 *
 * <p>As the command line's {@code -sharedDb}: every access key and region sees the same tables (functions, tests
 * and the AWS CLI use different credentials). No telemetry is configured or sent (the command line's
 * {@code -disableTelemetry}), and no CORS origins are allowed (no {@code -cors}).
 */
final class DynamoDbLocalServer implements AutoCloseable {

    private final Server jetty;
    private final LocalDynamoDBServerHandler handler;
    private final int port;

    private DynamoDbLocalServer(Server jetty, LocalDynamoDBServerHandler handler, int port) {
        this.jetty = jetty;
        this.handler = handler;
        this.port = port;
    }

    /** Starts on {@code host:port}; in memory when {@code dbDir} is null, else in SQLite files under it. */
    static DynamoDbLocalServer start(String host, int port, Path dbDir) throws Exception {
        boolean inMemory = dbDir == null;
        if (!inMemory) {
            Files.createDirectories(dbDir);
        }
        // as ServerRunner.createServer: authority level 0, shared database, no delayed transient statuses
        LocalDynamoDBServerHandler handler = new LocalDynamoDBServerHandler(new LocalDynamoDBRequestHandler(0,
                inMemory, inMemory ? null : dbDir.toAbsolutePath().toString(), true, false), null);
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        ContextHandler context = new ContextHandler();   // as DynamoDBProxyServer.setUpHandler
        context.setHandler(handler);
        jetty.setHandler(new ContextHandlerCollection(context));
        try {
            jetty.start();
        } catch (Exception e) {
            jetty.stop();
            handler.close();
            throw e;
        }
        return new DynamoDbLocalServer(jetty, handler, port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            handler.close();   // as DynamoDBProxyServer.stop: closes the SQLite databases
        }
    }
}
