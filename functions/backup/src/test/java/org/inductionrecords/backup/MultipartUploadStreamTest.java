package org.inductionrecords.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.store.backup.S3Clients;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

@Tag("emulators")
class MultipartUploadStreamTest {

    @Test
    void anObjectLargerThanOnePartIsUploadedInPartsAndReadsBackWhole() {
        Emulators emulators = Emulators.shared();
        Stack stack = emulators.createStack("backup-parts");
        S3Client s3 = S3Clients.create(stack.environment("BackupFunction"));
        byte[] content = new byte[MultipartUploadStream.PART_SIZE * 2 + 12_345];
        new Random(1).nextBytes(content);

        MultipartUploadStream upload = MultipartUploadStream.start(s3, stack.primaryBucket(), "backups/big", Optional.empty());
        for (int offset = 0; offset < content.length; offset += 100_000) {
            upload.write(content, offset, Math.min(100_000, content.length - offset));
        }
        upload.complete();

        assertEquals(content.length, upload.bytes());
        assertEquals(BackupSites.sha256(content), upload.sha256Hex());
        assertArrayEquals(content, BackupSites.object(s3, stack.primaryBucket(), "backups/big"));
        assertTrue(s3.listMultipartUploads(b -> b.bucket(stack.primaryBucket())).uploads().isEmpty());
    }

    @Test
    void anAbortedUploadLeavesNeitherObjectNorUpload() {
        Emulators emulators = Emulators.shared();
        Stack stack = emulators.createStack("backup-parts");
        S3Client s3 = emulators.s3();
        MultipartUploadStream upload = MultipartUploadStream.start(s3, stack.primaryBucket(), "backups/aborted",
                Optional.empty());
        upload.write(new byte[MultipartUploadStream.PART_SIZE + 1], 0, MultipartUploadStream.PART_SIZE + 1);

        upload.abort();

        assertTrue(s3.listMultipartUploads(b -> b.bucket(stack.primaryBucket())).uploads().isEmpty());
        assertTrue(BackupSites.keys(s3, stack.primaryBucket(), "backups/aborted").isEmpty());
    }
}
