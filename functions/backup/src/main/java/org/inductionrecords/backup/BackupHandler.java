package org.inductionrecords.backup;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.metrics.EmbeddedMetrics;
import org.inductionrecords.json.Json;
import org.inductionrecords.json.LogLine;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.backup.BackupSite;
import org.inductionrecords.store.backup.S3Clients;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * BackupFunction (contract section 4): on each scheduled event, backs the table up to both sites, then prunes
 * each site that received the new backup. Answers {@code {"backupId","items","sites","pruned"}}; when a site
 * failed (or could not be pruned) the invocation fails with a message naming it, so that the schedule retries
 * and the BackupFailedAlarm fires.
 */
public final class BackupHandler implements RequestStreamHandler {

    static final String OK = "OK";
    static final String FAILED = "FAILED";
    /** Time kept back from Lambda's timeout for aborting uploads (and manifests and pruning if the scan ended). */
    static final Duration STOP_MARGIN = Duration.ofSeconds(60);

    /** Sites the function prunes itself; a site left out is pruned by its own bucket's lifecycle rule. */
    static final String PRUNED_SITES = "PRUNED_SITES";
    static final String BACKUP_COMPLETED = "BackupCompleted";

    private final TableBackup backup;
    private final BackupPruner pruner;
    private final Set<BackupSite> prunedSites;
    private final EmbeddedMetrics metrics;

    public BackupHandler() {
        this(System.getenv());
    }

    public BackupHandler(Map<String, String> env) {
        FunctionEnvironment environment = new FunctionEnvironment(env);
        S3Client s3 = S3Clients.create(env);
        Map<BackupSite, TableBackup.Target> targets = new EnumMap<>(BackupSite.class);
        for (BackupSite site : BackupSite.values()) {
            targets.put(site, new TableBackup.Target(environment.require(site.bucketVariable()),
                    environment.optional(site.kmsKeyVariable())));
        }
        this.backup = new TableBackup(DynamoClients.create(), s3, environment.require("TABLE_NAME"), targets);
        this.pruner = new BackupPruner(s3);
        this.prunedSites = prunedSites(environment.optional(PRUNED_SITES));
        this.metrics = EmbeddedMetrics.of(env);
    }

    /** The answer of a run in which every site succeeded. */
    record Answer(String backupId, long items, Map<String, String> sites, int pruned) {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Instant backupInstant = ScheduledEvent.time(Json.mapper().readTree(input));
        TableBackup.Outcome outcome = backup.run(backupInstant, stopBy(context));
        Map<String, String> sites = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int pruned = 0;
        for (SiteRun site : outcome.sites()) {
            if (site.failed()) {
                sites.put(site.site().id(), FAILED);
                failures.add("site " + site.site().id() + " (bucket " + site.bucket() + ") failed: "
                        + site.failure().map(Throwable::toString).orElse("unknown"));
                continue;
            }
            sites.put(site.site().id(), OK);
            // The dead man's switch (BackupCompleted alarms): this site holds a new complete backup.
            metrics.count(BACKUP_COMPLETED, Map.of("Site", site.site().id()));
            if (!prunedSites.contains(site.site())) {
                continue;
            }
            try {
                pruned += pruner.prune(site.bucket(), backupInstant.atOffset(ZoneOffset.UTC).toLocalDate());
            } catch (RuntimeException e) {
                failures.add("pruning site " + site.site().id() + " (bucket " + site.bucket() + ") failed: " + e);
            }
        }
        Answer answer = new Answer(outcome.backupId(), outcome.items(), sites, pruned);
        String summary = Json.write(answer);
        LogLine line = failures.isEmpty() ? LogLine.info("backup") : LogLine.error("backup incomplete");
        line.with("backupId", answer.backupId()).with("items", answer.items());
        sites.forEach(line::with); // primary and secondary: OK or FAILED
        line.with("pruned", pruned).write();
        if (!failures.isEmpty()) {
            throw new BackupFailed("Backup " + outcome.backupId() + " incomplete: " + String.join("; ", failures)
                    + ". Result: " + summary);
        }
        output.write(Json.writeBytes(answer));
    }

    /** {@code primary,secondary} (every site when unset); an unknown site name is a configuration error. */
    static Set<BackupSite> prunedSites(Optional<String> names) {
        if (names.isEmpty()) {
            return EnumSet.allOf(BackupSite.class);
        }
        Set<BackupSite> sites = EnumSet.noneOf(BackupSite.class);
        for (String name : names.get().split(",")) {
            sites.add(BackupSite.byId(name.trim()).orElseThrow(() -> new IllegalStateException(
                    PRUNED_SITES + " names no site \"" + name.trim() + "\"")));
        }
        return sites;
    }

    /**
     * When the scan must stop so that aborting the uploads and answering still fit in the invocation's time
     * (a killed invocation would leave its multipart uploads for the bucket's lifecycle rule to clean up).
     */
    static Instant stopBy(Context context) {
        if (context == null) {
            return Instant.MAX;
        }
        return Instant.now().plusMillis(context.getRemainingTimeInMillis()).minus(STOP_MARGIN);
    }

    /** Fails the invocation; the message names the failed site(s). */
    public static final class BackupFailed extends RuntimeException {
        BackupFailed(String message) {
            super(message);
        }
    }
}
