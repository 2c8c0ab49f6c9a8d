package org.inductionrecords.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupManifest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Test helpers that look into a site's bucket the way an operator with the AWS CLI would. */
public final class BackupSites {

    private BackupSites() {
    }

    public static List<String> keys(S3Client s3, String bucket, String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    public static BackupManifest manifest(S3Client s3, String bucket, String backupId) {
        return Json.read(s3.getObjectAsBytes(b -> b.bucket(bucket).key(BackupLayout.manifestKey(backupId)))
                .asByteArray(), BackupManifest.class);
    }

    public static byte[] object(S3Client s3, String bucket, String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }

    public static void put(S3Client s3, String bucket, String key, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
    }

    public static List<String> lines(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Runs the BackupFunction handler on a scheduled event of that time and answers its JSON output. */
    public static com.fasterxml.jackson.databind.JsonNode invokeBackup(java.util.Map<String, String> env,
                                                                      java.time.Instant time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String event = "{\"version\":\"0\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.scheduler\",\"time\":\""
                + time + "\",\"detail\":{}}";
        try {
            new BackupHandler(env).handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                    out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Json.tree(out.toString(StandardCharsets.UTF_8));
    }
}
