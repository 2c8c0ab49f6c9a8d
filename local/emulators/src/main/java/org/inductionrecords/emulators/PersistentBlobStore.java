package org.inductionrecords.emulators;

import java.nio.file.Path;
import org.gaul.s3proxy.nio2blob.AbstractNio2BlobStore;

/**
 * S3Proxy's on-disk blob store with the features its in-memory one has. S3Proxy's own filesystem store
 * answers 501 to any request carrying SSE headers (our backups ask for SSE-KMS) and to versioning; the
 * in-memory store accepts both on the same code path, keeping the settings as extended attributes, which
 * the on-disk store already uses for content type and metadata. So the local stack behaves like the tests.
 */
final class PersistentBlobStore extends AbstractNio2BlobStore {

    PersistentBlobStore(Path root) {
        super(root.toAbsolutePath());
    }

    @Override
    public boolean supportsVersioning() {
        return true;
    }

    @Override
    public boolean supportsServerSideEncryption() {
        return true;
    }

    @Override
    public boolean supportsBucketEncryption() {
        return true;
    }
}
