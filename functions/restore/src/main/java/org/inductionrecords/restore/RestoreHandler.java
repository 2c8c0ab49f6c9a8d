package org.inductionrecords.restore;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.json.Json;
import org.inductionrecords.json.LogLine;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.backup.BackupSite;
import org.inductionrecords.store.backup.S3Clients;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * RestoreFunction (contract section 4), invoked directly by an operator: verifies a backup at the chosen site and
 * restores it into an empty table. Answers {@code {"backupId","items","verified":true}}; any refusal fails the
 * invocation with a message saying why, before anything was written where it could be.
 */
public final class RestoreHandler implements RequestStreamHandler {

    private final S3Client s3;
    private final Map<BackupSite, String> buckets = new EnumMap<>(BackupSite.class);
    private final TableRestore restore;

    public RestoreHandler() {
        this(System.getenv());
    }

    public RestoreHandler(Map<String, String> env) {
        FunctionEnvironment environment = new FunctionEnvironment(env);
        this.s3 = S3Clients.create(env);
        for (BackupSite site : BackupSite.values()) {
            buckets.put(site, environment.require(site.bucketVariable()));
        }
        var dynamoDb = DynamoClients.create();
        this.restore = new TableRestore(dynamoDb, new TargetTable(dynamoDb, environment.optional("KMS_KEY_ID")),
                environment.require("TABLE_NAME"));
    }

    record Answer(String backupId, long items, boolean verified) {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event;
        try {
            event = Json.mapper().readTree(input);
        } catch (IOException e) {
            throw new RestoreRefused("The restore request is not JSON");
        }
        RestoreRequest request = RestoreRequest.parse(event);
        BackupSource source = new BackupSource(s3, buckets.get(request.site()), request.site().id());
        long started = System.nanoTime();
        long items = restore.restore(request, source);
        LogLine.info("restore").with("backupId", request.backupId()).with("site", request.site().id())
                .with("targetTable", request.targetTable()).with("items", items).with("dryRun", request.dryRun())
                .with("millis", (System.nanoTime() - started) / 1_000_000).write();
        output.write(Json.writeBytes(new Answer(request.backupId(), items, true)));
    }
}
