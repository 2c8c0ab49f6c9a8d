package org.inductionrecords.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.inductionrecords.json.LogLine;
import org.inductionrecords.store.backup.BackupFile;
import software.amazon.awssdk.services.s3.S3Client;

/** One data file of one segment at one site: item lines, gzip-compressed, streamed into a multipart upload. */
final class DataFileWriter {

    private static final int GZIP_BUFFER = 64 * 1024;

    private final MultipartUploadStream upload;
    private final GZIPOutputStream gzip;
    private long items;

    private DataFileWriter(MultipartUploadStream upload) {
        this.upload = upload;
        try {
            this.gzip = new GZIPOutputStream(upload, GZIP_BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DataFileWriter start(S3Client s3, String bucket, String key, Optional<String> kmsKeyId) {
        return new DataFileWriter(MultipartUploadStream.start(s3, bucket, key, kmsKeyId));
    }

    void write(byte[] line) {
        try {
            gzip.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        items++;
    }

    /** Flushes the gzip trailer, completes the object and describes it for the manifest. */
    BackupFile finish() {
        try {
            gzip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        upload.complete();
        return new BackupFile(upload.key(), items, upload.sha256Hex(), upload.bytes());
    }

    /** Removes the upload; a failure to do so is reported, since S3's lifecycle rule is then the only cleaner. */
    void abort() {
        try {
            upload.abort();
        } catch (RuntimeException e) {
            LogLine.warn("backup upload not aborted").with("key", upload.key()).exception(e).write();
        }
    }
}
