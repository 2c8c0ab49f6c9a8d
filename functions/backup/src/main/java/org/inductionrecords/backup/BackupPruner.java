package org.inductionrecords.backup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.json.LogLine;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupLayout.BackupRef;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Applies the {@link PrunePolicy} to one site's bucket. Only keys under {@code backups/} that follow the layout
 * exactly are ever considered, so nothing else in the bucket can be deleted.
 *
 * <p>The buckets have S3 Object Lock (GOVERNANCE, 14 days): what S3 refuses to delete with {@code AccessDenied}
 * (a version still under retention, or a site this role may not delete from) is left for a later run, and does
 * not fail this one. Since the newest complete backup is never asked for, a refusal cannot cost it either.
 */
final class BackupPruner {

    private static final int DELETE_BATCH = 1000;
    static final String ACCESS_DENIED = "AccessDenied";

    private final S3Client s3;

    BackupPruner(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * Deletes the site's expired backups; answers how many backups went whole. Each backup's manifest goes
     * first, so that a backup only partly deleted is an incomplete one, which no restore would use.
     */
    int prune(String bucket, LocalDate runDate) {
        Map<String, List<String>> keysByBackup = new LinkedHashMap<>();
        Map<String, PrunePolicy.Found> found = new LinkedHashMap<>();
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(BackupLayout.ROOT)).contents()) {
            Optional<BackupRef> ref = BackupLayout.backupOf(object.key());
            if (ref.isEmpty()) {
                continue;
            }
            String prefix = ref.get().prefix();
            keysByBackup.computeIfAbsent(prefix, p -> new ArrayList<>()).add(object.key());
            boolean manifest = object.key().equals(prefix + BackupLayout.MANIFEST);
            found.merge(prefix, new PrunePolicy.Found(ref.get(), manifest),
                    (a, b) -> new PrunePolicy.Found(a.ref(), a.complete() || b.complete()));
        }
        List<BackupRef> expired = PrunePolicy.toDelete(found.values(), runDate);
        List<String> manifests = new ArrayList<>();
        List<String> dataFiles = new ArrayList<>();
        for (BackupRef ref : expired) {
            for (String key : keysByBackup.get(ref.prefix())) {
                (key.equals(ref.prefix() + BackupLayout.MANIFEST) ? manifests : dataFiles).add(key);
            }
        }
        Set<String> kept = new HashSet<>(delete(bucket, manifests));
        kept.addAll(delete(bucket, dataFiles));
        if (!kept.isEmpty()) {
            // A later run deletes them once their retention has passed.
            LogLine.warn("backup prune left objects under Object Lock").with("bucket", bucket)
                    .with("objects", kept.size()).write();
        }
        abortAbandonedUploads(bucket, runDate.minusDays(PrunePolicy.WINDOW_DAYS));
        return (int) expired.stream()
                .filter(ref -> keysByBackup.get(ref.prefix()).stream().noneMatch(kept::contains)).count();
    }

    /**
     * Deletes the keys, a thousand per request; answers those S3 refused with {@code AccessDenied}, its answer to
     * deleting an object version under Object Lock retention. Any other refusal fails the prune.
     */
    private List<String> delete(String bucket, List<String> keys) {
        List<String> refused = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH));
            DeleteObjectsResponse response = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.quiet(true)
                    .objects(batch.stream().map(key -> ObjectIdentifier.builder().key(key).build()).toList())));
            if (!response.hasErrors()) {
                continue;
            }
            for (S3Error error : response.errors()) {
                if (!ACCESS_DENIED.equals(error.code())) {
                    throw new IllegalStateException("Pruning bucket " + bucket + " could not delete "
                            + response.errors().size() + " objects, first " + error.key() + ": " + error.code());
                }
                refused.add(error.key());
            }
        }
        return refused;
    }

    /**
     * An upload dated before the window can only be left over from a run that was killed mid-way (a timeout);
     * abort it too, so that the window holds for it even where no lifecycle rule runs (the local stack).
     */
    private void abortAbandonedUploads(String bucket, LocalDate oldestKept) {
        s3.listMultipartUploadsPaginator(b -> b.bucket(bucket).prefix(BackupLayout.ROOT)).uploads().forEach(upload ->
                BackupLayout.backupOf(upload.key())
                        .filter(ref -> ref.date().isBefore(oldestKept))
                        .ifPresent(ref -> s3.abortMultipartUpload(b -> b.bucket(bucket).key(upload.key())
                                .uploadId(upload.uploadId()))));
    }
}
