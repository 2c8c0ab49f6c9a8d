package org.inductionrecords.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupManifest;
import org.inductionrecords.store.backup.BackupSite;
import org.inductionrecords.store.backup.ItemJson;
import org.inductionrecords.store.backup.TableSchema;
import org.inductionrecords.store.backup.TableSchemas;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Reads the whole table once, with a consistent parallel scan, and writes every item to each site: one data
 * file per segment per site, then each site's manifest last. The table is read once so that both sites hold
 * the same items; the sites are written independently, so one failing leaves the other complete.
 */
final class TableBackup {

    private final DynamoDbClient dynamoDb;
    private final S3Client s3;
    private final String tableName;
    private final Map<BackupSite, Target> targets;

    TableBackup(DynamoDbClient dynamoDb, S3Client s3, String tableName, Map<BackupSite, Target> targets) {
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
        this.tableName = tableName;
        this.targets = Map.copyOf(targets);
    }

    /** Where one site's backup goes: its bucket, and the KMS key its objects are encrypted with (if any). */
    record Target(String bucket, Optional<String> kmsKeyId) {
    }

    /** What a run produced: the item count, and each site's run (failed or complete). */
    record Outcome(String backupId, long items, List<SiteRun> sites) {
    }

    /**
     * Backs the table up; stops (aborting every upload, so none is left behind) if it is still scanning at
     * {@code stopBy}, which the handler sets a margin before Lambda would kill the invocation.
     */
    Outcome run(Instant backupInstant, Instant stopBy) {
        String backupId = BackupLayout.backupId(backupInstant);
        Instant startedAt = Instant.now();
        TableDescription table = dynamoDb.describeTable(b -> b.tableName(tableName)).table();
        TableSchema schema = TableSchemas.of(table);
        int segments = SegmentPlan.segmentsFor(nonNull(table.itemCount()), nonNull(table.tableSizeBytes()));
        List<SiteRun> sites = new ArrayList<>();
        for (BackupSite site : BackupSite.values()) {
            sites.add(new SiteRun(site, targets.get(site).bucket(), targets.get(site).kmsKeyId()));
        }
        long items = scanAll(backupId, segments, sites, stopBy);
        Instant finishedAt = Instant.now();
        for (SiteRun site : sites) {
            if (!site.failed()) {
                writeManifest(site, new BackupManifest(BackupManifest.FORMAT_VERSION, backupId, tableName, startedAt,
                        finishedAt, items, site.files(), schema));
            }
        }
        return new Outcome(backupId, items, sites);
    }

    private long scanAll(String backupId, int segments, List<SiteRun> sites, Instant stopBy) {
        AtomicLong items = new AtomicLong();
        AtomicBoolean tableFailed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(segments, runnable -> {
            Thread thread = new Thread(runnable, "backup-segment");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int segment = 0; segment < segments; segment++) {
                int current = segment;
                running.add(pool.submit(() -> items.addAndGet(
                        backUpSegment(backupId, current, segments, sites, tableFailed, stopBy))));
            }
            RuntimeException tableFailure = null;
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (tableFailure == null) {
                        tableFailure = new IllegalStateException("Reading table " + tableName + " failed: "
                                + e.getCause(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Backup interrupted", e);
                }
            }
            if (tableFailure != null) {
                throw tableFailure;
            }
            return items.get();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Scans one segment into one data file per site. A site's write failure fails that site only; a scan failure
     * fails the run (both sites' uploads of this segment are aborted, and other segments stop at their next item).
     */
    private long backUpSegment(String backupId, int segment, int segments, List<SiteRun> sites,
                               AtomicBoolean tableFailed, Instant stopBy) {
        String key = BackupLayout.dataFileKey(backupId, segment);
        Map<SiteRun, DataFileWriter> writers = new LinkedHashMap<>();
        for (SiteRun site : sites) {
            if (!site.failed()) {
                try {
                    writers.put(site, DataFileWriter.start(s3, site.bucket(), key, site.kmsKeyId()));
                } catch (RuntimeException e) {
                    site.fail(e);
                }
            }
        }
        long items = 0;
        try {
            ScanRequest scan = ScanRequest.builder().tableName(tableName).consistentRead(true)
                    .segment(segment).totalSegments(segments).build();
            for (Map<String, AttributeValue> item : dynamoDb.scanPaginator(scan).items()) {
                if (tableFailed.get()) {
                    throw new IllegalStateException("Another segment failed to read the table");
                }
                if (items % 1000 == 0 && Instant.now().isAfter(stopBy)) {
                    throw new IllegalStateException("Stopped before the function's timeout, with the table not yet"
                            + " fully read; the uploads were aborted");
                }
                byte[] line = ItemJson.line(item);
                writers.entrySet().removeIf(entry -> !writeOrAbort(entry.getKey(), entry.getValue(), line));
                items++;
            }
        } catch (RuntimeException e) {
            tableFailed.set(true);
            writers.values().forEach(DataFileWriter::abort);
            throw e;
        }
        writers.forEach((site, writer) -> {
            if (site.failed()) {
                writer.abort();
                return;
            }
            try {
                site.add(writer.finish());
            } catch (RuntimeException e) {
                site.fail(e);
                writer.abort();
            }
        });
        return items;
    }

    /** Writes the line to the site; false (with the upload aborted) once that site has failed. */
    private static boolean writeOrAbort(SiteRun site, DataFileWriter writer, byte[] line) {
        if (!site.failed()) {
            try {
                writer.write(line);
                return true;
            } catch (RuntimeException e) {
                site.fail(e);
            }
        }
        writer.abort();
        return false;
    }

    private void writeManifest(SiteRun site, BackupManifest manifest) {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(site.bucket())
                .key(BackupLayout.manifestKey(manifest.backupId())).contentType("application/json");
        site.kmsKeyId().ifPresent(id -> request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(id)
                .bucketKeyEnabled(true));
        try {
            s3.putObject(request.build(), RequestBody.fromBytes(Json.writeBytes(manifest)));
        } catch (RuntimeException e) {
            site.fail(e);
        }
    }

    private static long nonNull(Long value) {
        return value == null ? 0 : value;
    }
}
