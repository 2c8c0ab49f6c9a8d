package org.inductionrecords.drill;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.metrics.EmbeddedMetrics;
import org.inductionrecords.json.Json;
import org.inductionrecords.json.LogLine;
import org.inductionrecords.restore.BackupSource;
import org.inductionrecords.restore.TableRestore;
import org.inductionrecords.restore.TargetTable;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.backup.BackupSite;
import org.inductionrecords.store.backup.S3Clients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * RestoreDrillFunction (contract section 11): weekly, or invoked directly with any event. For each site it
 * restores the newest complete backup into a scratch table of its own, with RestoreFunction's own code (every
 * count and checksum verified before and while writing), deletes the scratch table whatever happened, and counts
 * {@code RestoreDrillVerified} for the site. Answers {@code {"sites": {"primary": {backupId, items, verified},
 * "secondary": {...}}}}; fails the invocation, naming the site, if either site failed.
 */
public final class RestoreDrillHandler implements RequestStreamHandler {

    static final String VERIFIED = "RestoreDrillVerified";
    static final String SCRATCH_TABLE_PREFIX = "SCRATCH_TABLE_PREFIX";

    private final S3Client s3;
    private final Map<BackupSite, String> buckets = new LinkedHashMap<>();
    private final TableRestore restore;
    private final ScratchTables scratch;
    private final EmbeddedMetrics metrics;

    public RestoreDrillHandler() {
        this(System.getenv());
    }

    public RestoreDrillHandler(Map<String, String> env) {
        FunctionEnvironment environment = new FunctionEnvironment(env);
        this.s3 = S3Clients.create(env);
        for (BackupSite site : BackupSite.values()) {
            buckets.put(site, environment.require(site.bucketVariable()));
        }
        DynamoDbClient dynamoDb = DynamoClients.create();
        this.restore = new TableRestore(dynamoDb, new TargetTable(dynamoDb, environment.optional("KMS_KEY_ID")),
                environment.require("TABLE_NAME"));
        this.scratch = new ScratchTables(dynamoDb, environment.require(SCRATCH_TABLE_PREFIX), Clock.systemUTC());
        this.metrics = EmbeddedMetrics.of(env);
    }

    /** One site's drill: the backup restored, how many items, and whether all of it checked out. */
    record SiteResult(String backupId, long items, boolean verified) {
    }

    record Answer(Map<String, SiteResult> sites) {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();   // the scheduled event or an operator's {}: the drill takes no parameters
        // Both sites at once: they share nothing but the clients, and a large table fits Lambda's time better.
        Map<BackupSite, CompletableFuture<SiteDrill.Outcome>> running = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(buckets.size(), runnable -> {
            Thread thread = new Thread(runnable, "restore-drill-site");
            thread.setDaemon(true);
            return thread;
        });
        try {
            buckets.forEach((site, bucket) -> running.put(site, CompletableFuture.supplyAsync(() -> new SiteDrill(
                    new BackupSource(s3, bucket, site.id()), restore, scratch, site).run(), pool)));
        } finally {
            pool.shutdown();
        }
        Map<String, SiteResult> sites = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        running.forEach((site, drill) -> {
            SiteDrill.Outcome outcome = drill.join();
            sites.put(site.id(), new SiteResult(outcome.backupId(), outcome.items(), outcome.failure() == null));
            if (outcome.failure() == null) {
                metrics.count(VERIFIED, Map.of("Site", site.id()));
            } else {
                failures.add("site " + site.id() + " (bucket " + buckets.get(site) + "): " + outcome.failure());
            }
        });
        String summary = Json.write(new Answer(sites));
        LogLine line = failures.isEmpty() ? LogLine.info("restore drill") : LogLine.error("restore drill failed");
        sites.forEach((site, result) -> line.with(site + "BackupId", result.backupId())
                .with(site + "Items", result.items()).with(site + "Verified", result.verified()));
        line.write();
        if (!failures.isEmpty()) {
            throw new DrillFailed("Restore drill failed: " + String.join("; ", failures) + ". Result: " + summary);
        }
        output.write(Json.writeBytes(new Answer(sites)));
    }

    /** Fails the invocation; the message names the failed site(s) and why, with ids and keys only. */
    public static final class DrillFailed extends RuntimeException {
        DrillFailed(String message) {
            super(message);
        }
    }
}
