package org.inductionrecords.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.store.backup.BackupLayout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

@Tag("emulators")
class NearTimeoutTest {

    /** Lambda's context with a given time left; nothing else of it is used. */
    private static Context timeLeft(int millis) {
        return new Context() {
            public String getAwsRequestId() { return "test"; }
            public String getLogGroupName() { return "test"; }
            public String getLogStreamName() { return "test"; }
            public String getFunctionName() { return "BackupFunction"; }
            public String getFunctionVersion() { return "$LATEST"; }
            public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-2:000000000000:function:BackupFunction"; }
            public CognitoIdentity getIdentity() { return null; }
            public ClientContext getClientContext() { return null; }
            public int getRemainingTimeInMillis() { return millis; }
            public int getMemoryLimitInMB() { return 1024; }
            public LambdaLogger getLogger() { return null; }
        };
    }

    @Test
    void aBackupThatWouldOutrunTheTimeoutStopsAndLeavesNoUploadAtEitherSite() {
        Emulators emulators = Emulators.shared();
        Stack stack = emulators.createStack("backup-timeout");
        TestItems.seed(emulators.dynamoDb(), stack.tableName(), TestItems.generate(100, 3));
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String event = "{\"detail-type\":\"Scheduled Event\",\"time\":\"" + time + "\"}";
        BackupHandler handler = new BackupHandler(stack.environment("BackupFunction"));

        IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> handler.handleRequest(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                timeLeft(59_000)));

        assertTrue(stopped.getMessage().contains("timeout"), stopped.getMessage());
        S3Client s3 = emulators.s3();
        for (String bucket : List.of(stack.primaryBucket(), stack.secondaryBucket())) {
            assertTrue(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().isEmpty(), bucket);
            assertEquals(List.of(), BackupSites.keys(s3, bucket, BackupLayout.prefix(BackupLayout.backupId(time))));
        }
    }
}
