package org.inductionrecords.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.backup.BackupFile;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupManifest;
import org.inductionrecords.store.backup.ItemJson;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One backup at one site, read back. Every file is streamed (never held whole): its SHA-256 over the stored bytes,
 * its size, and its item lines, each parsed, are checked against the manifest. Public for RestoreDrillFunction,
 * which restores with this same code.
 */
public final class BackupSource {

    private final S3Client s3;
    private final String bucket;
    private final String siteId;

    public BackupSource(S3Client s3, String bucket, String siteId) {
        this.s3 = s3;
        this.bucket = bucket;
        this.siteId = siteId;
    }

    /** The newest backup at the site that has its manifest (a complete one), judged by the keys alone. */
    public Optional<String> newestCompleteBackupId() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(BackupLayout.ROOT)).contents().stream()
                .map(S3Object::key)
                .flatMap(key -> BackupLayout.backupOf(key)
                        .filter(ref -> key.equals(ref.prefix() + BackupLayout.MANIFEST)).stream())
                .map(BackupLayout.BackupRef::backupId)
                .max(Comparator.naturalOrder());
    }

    /** The backup's manifest; refuses a backup without one (incomplete) and a manifest that does not fit the layout. */
    BackupManifest manifest(String backupId) {
        byte[] bytes;
        try {
            bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(BackupLayout.manifestKey(backupId))).asByteArray();
        } catch (NoSuchKeyException e) {
            boolean anyFile = s3.listObjectsV2(b -> b.bucket(bucket).prefix(BackupLayout.prefix(backupId)).maxKeys(1))
                    .keyCount() > 0;
            throw new RestoreRefused(anyFile
                    ? "Backup " + backupId + " at site " + siteId + " is incomplete (it has no manifest); it cannot be restored"
                    : "There is no backup " + backupId + " at site " + siteId);
        }
        BackupManifest manifest;
        try {
            manifest = Json.read(bytes, BackupManifest.class);
        } catch (RuntimeException e) {
            throw new RestoreRefused("The manifest of backup " + backupId + " at site " + siteId + " is unreadable", e);
        }
        if (manifest.formatVersion() != BackupManifest.FORMAT_VERSION || !backupId.equals(manifest.backupId())
                || manifest.schema() == null) {
            throw new RestoreRefused("The manifest of backup " + backupId + " at site " + siteId
                    + " is not a format-" + BackupManifest.FORMAT_VERSION + " manifest of that backup");
        }
        long total = 0;
        for (BackupFile file : manifest.files()) {
            if (!file.key().startsWith(BackupLayout.prefix(backupId))) {
                throw new RestoreRefused("The manifest of backup " + backupId + " names a file outside it: " + file.key());
            }
            total += file.items();
        }
        if (total != manifest.items()) {
            throw new RestoreRefused("The manifest of backup " + backupId + " counts " + manifest.items()
                    + " items but its files hold " + total);
        }
        return manifest;
    }

    /**
     * Reads the file, handing each item to the consumer, and checks size, SHA-256 and count against the manifest.
     * With {@code ifMatch} (the ETag seen when it was verified) S3 serves exactly the verified object or refuses.
     * Answers the ETag read.
     */
    String read(BackupFile file, String ifMatch, Consumer<Map<String, AttributeValue>> items) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long count = 0;
        long bytes;
        String eTag;
        try (ResponseInputStream<GetObjectResponse> object = s3.getObject(b -> b.bucket(bucket).key(file.key())
                .ifMatch(ifMatch))) {
            eTag = object.response().eTag();
            CountingInputStream raw = new CountingInputStream(new DigestInputStream(object, sha256));
            BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 64 * 1024),
                    StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                items.accept(ItemJson.item(Json.tree(line)));
                count++;
            }
            raw.transferTo(OutputStream.nullOutputStream());
            bytes = raw.count();
        } catch (NoSuchKeyException e) {
            throw new RestoreRefused("Data file " + file.key() + " at site " + siteId + " is missing");
        } catch (IOException | RuntimeException e) {
            if (e instanceof RestoreRefused refused) {
                throw refused;
            }
            // The cause's type only: a parser's message can quote the line, which holds personal data, and this
            // message reaches the function's log (the drill's too); the cause stays attached for a debugger.
            throw new RestoreRefused("Data file " + file.key() + " at site " + siteId + " is corrupt ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (!actual.equals(file.sha256()) || bytes != file.bytes()) {
            throw new RestoreRefused("Data file " + file.key() + " at site " + siteId
                    + " does not match its manifest (SHA-256 or size differs)");
        }
        if (count != file.items()) {
            throw new RestoreRefused("Data file " + file.key() + " at site " + siteId + " holds " + count
                    + " items, its manifest says " + file.items());
        }
        return eTag;
    }

    /** Counts the bytes that pass through. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        /** Skipped bytes are read, so that the digest sees every byte of the object. */
        @Override
        public long skip(long n) throws IOException {
            byte[] discard = new byte[(int) Math.min(8192, Math.max(0, n))];
            int read = read(discard, 0, discard.length);
            return Math.max(0, read);
        }

        long count() {
            return count;
        }
    }
}
