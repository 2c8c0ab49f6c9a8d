package org.inductionrecords.backup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupLayout.BackupRef;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Applies the {@link PrunePolicy} to one site's bucket. Only keys under {@code backups/} that follow the layout
 * exactly are ever considered, so nothing else in the bucket can be deleted.
 */
final class BackupPruner {

    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;

    BackupPruner(S3Client s3) {
        this.s3 = s3;
    }

    /** Deletes the site's expired backups; answers how many backups went. */
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
        List<String> keys = expired.stream().flatMap(ref -> keysByBackup.get(ref.prefix()).stream()).toList();
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            delete(bucket, keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)));
        }
        abortAbandonedUploads(bucket, runDate.minusDays(PrunePolicy.WINDOW_DAYS));
        return expired.size();
    }

    private void delete(String bucket, List<String> keys) {
        DeleteObjectsResponse response = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.quiet(true)
                .objects(keys.stream().map(key -> ObjectIdentifier.builder().key(key).build()).toList())));
        if (response.hasErrors() && !response.errors().isEmpty()) {
            throw new IllegalStateException("Pruning bucket " + bucket + " could not delete "
                    + response.errors().size() + " objects, first " + response.errors().get(0).key() + ": "
                    + response.errors().get(0).code());
        }
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
