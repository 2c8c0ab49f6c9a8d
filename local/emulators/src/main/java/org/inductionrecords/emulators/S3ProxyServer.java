package org.inductionrecords.emulators;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * S3Proxy in this JVM, checking real SigV2/SigV4 signatures for the access key {@code local}/{@code local}.
 * Blobs live in memory, or as files under a directory when data must survive a restart. It listens on the host of
 * its endpoint URI only (S3Proxy gives that host to its Jetty connector).
 */
final class S3ProxyServer implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStore store;
    private final int port;

    private S3ProxyServer(S3Proxy proxy, BlobStore store, int port) {
        this.proxy = proxy;
        this.store = store;
        this.port = port;
    }

    /** {@code uriHost}: the address to listen on, as a URI host (IPv6 in brackets). */
    static S3ProxyServer start(String uriHost, int port, Path blobDir, String accessKey, String secretKey)
            throws Exception {
        BlobStore store;
        if (blobDir == null) {
            store = new TransientNio2BlobStore();
        } else {
            Files.createDirectories(blobDir);
            store = new PersistentBlobStore(blobDir);
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://" + uriHost + ":" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .ignoreUnknownHeaders(true)
                .stopTimeout(100)   // Jetty's graceful stop waits a second by default; nothing here needs it
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                proxy.stop();
                throw new IllegalStateException("S3Proxy did not start on port " + port + " (" + proxy.getState() + ")");
            }
            Thread.sleep(10);
        }
        return new S3ProxyServer(proxy, store, port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } finally {
            store.close();
        }
    }
}
