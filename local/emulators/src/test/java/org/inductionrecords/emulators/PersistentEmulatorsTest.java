package org.inductionrecords.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** Emulators over a data directory: SSE-KMS uploads are accepted and objects survive a restart. */
@Tag("emulators")
class PersistentEmulatorsTest {

    @Test
    void objectsWithSseSurviveARestart(@TempDir Path dataDir) {
        Emulators.Options options = Emulators.Options.defaults().withDataDir(dataDir).withSystemProperties(false);
        long t0 = System.nanoTime();
        try (Emulators first = Emulators.start(options)) {
            System.out.println("first start " + first.startupTime().toMillis() + " ms, " + first.startupReport());
            Stack stack = first.createStack("persist");
            first.s3().putObject(b -> b.bucket(stack.primaryBucket()).key("backups/a.json")
                    .serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId("arn:aws:kms:eu-west-2:000000000000:key/x"),
                    RequestBody.fromString("{\"a\":1}"));
            first.s3().createMultipartUpload(b -> b.bucket(stack.primaryBucket()).key("backups/b.json")
                    .serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId("arn:aws:kms:eu-west-2:000000000000:key/x"));
        }
        System.out.println("first start + use + close " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        try (Emulators second = Emulators.start(options)) {
            System.out.println("restart " + second.startupTime().toMillis() + " ms, " + second.startupReport());
            Stack stack = second.createStack("persist");
            assertEquals("{\"a\":1}", second.s3().getObjectAsBytes(b -> b.bucket(stack.primaryBucket())
                    .key("backups/a.json")).asUtf8String());
        }
    }
}
