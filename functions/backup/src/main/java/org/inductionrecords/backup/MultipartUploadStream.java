package org.inductionrecords.backup;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * An S3 object written as a multipart upload while it is produced: bytes collect in one part buffer, which is
 * uploaded each time it is full and then reused. The buffer is allocated whole when the upload starts, so memory
 * is one part per upload, the same for a table of ten items as for ten million. It also keeps
 * the SHA-256 and length of everything written, for the manifest. {@link #complete()} finishes the object;
 * {@link #abort()} removes the upload so that no incomplete one is left behind.
 */
final class MultipartUploadStream extends OutputStream {

    /** S3 needs at least 5 MiB in every part but the last; 8 MiB keeps the request count low. */
    static final int PART_SIZE = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String uploadId;
    private final MessageDigest sha256;
    private final List<CompletedPart> parts = new ArrayList<>();
    private byte[] buffer = new byte[PART_SIZE];
    private int buffered;
    private long bytes;
    private boolean finished;

    private MultipartUploadStream(S3Client s3, String bucket, String key, String uploadId) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.uploadId = uploadId;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the upload, encrypted with the KMS key when one is configured. */
    static MultipartUploadStream start(S3Client s3, String bucket, String key, Optional<String> kmsKeyId) {
        CreateMultipartUploadRequest.Builder request = CreateMultipartUploadRequest.builder()
                .bucket(bucket).key(key).contentType("application/gzip").checksumAlgorithm(ChecksumAlgorithm.CRC32);
        kmsKeyId.ifPresent(id -> request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(id)
                .bucketKeyEnabled(true));
        String uploadId = s3.createMultipartUpload(request.build()).uploadId();
        return new MultipartUploadStream(s3, bucket, key, uploadId);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        if (finished) {
            throw new IllegalStateException("Upload already finished");
        }
        sha256.update(data, offset, length);
        bytes += length;
        while (length > 0) {
            if (buffered == PART_SIZE) {
                uploadPart();
            }
            int chunk = Math.min(length, PART_SIZE - buffered);
            System.arraycopy(data, offset, buffer, buffered, chunk);
            buffered += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    /** Uploads the last part and completes the object. */
    void complete() {
        if (buffered > 0 || parts.isEmpty()) {
            uploadPart();
        }
        finished = true;
        buffer = null;
        s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                .multipartUpload(m -> m.parts(parts)));
    }

    /** Abandons the upload; S3 discards the parts already sent. Safe to call more than once. */
    void abort() {
        finished = true;
        buffer = null;
        s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    }

    String key() {
        return key;
    }

    long bytes() {
        return bytes;
    }

    /** The SHA-256 of every byte written, as lower-case hex; call once, after the last write. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void uploadPart() {
        int partNumber = parts.size() + 1;
        byte[] data = buffer;
        int length = buffered;
        UploadPartResponse response = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                        .partNumber(partNumber).contentLength((long) length).checksumAlgorithm(ChecksumAlgorithm.CRC32),
                RequestBody.fromContentProvider(() -> new ByteArrayInputStream(data, 0, length), length,
                        "application/octet-stream"));
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(response.eTag())
                .checksumCRC32(response.checksumCRC32()).build());
        buffered = 0;
    }
}
