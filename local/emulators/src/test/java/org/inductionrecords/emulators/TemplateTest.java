package org.inductionrecords.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {

    private final Template template = Template.load();

    @Test
    void findsTheProjectTemplateByWalkingUp() {
        assertEquals(Template.FILE_NAME, template.file().getFileName().toString());
        assertEquals(template.file(), Template.load(template.file().getParent().resolve("local/emulators")).file());
    }

    @Test
    void shortFormTagsBecomeLongForm() {
        Map<String, Object> pool = template.resource("UserPoolClient").properties();
        assertEquals(Map.of("Ref", "UserPool"), pool.get("UserPoolId"));
        assertEquals(Map.of("Fn::Sub", "${AWS::StackName}-web"), pool.get("ClientName"));
        Map<String, Object> backupEnv = template.function("BackupFunction").environment();
        assertEquals(Map.of("Fn::GetAtt", List.of("DataKey", "Arn")), backupEnv.get("PRIMARY_BACKUP_KMS_KEY"));
    }

    @Test
    void listsFunctionsWithHandlersEventsAndGlobals() {
        assertEquals(List.of("UsersFunction", "BootstrapAdminFunction", "AssessmentsFunction", "BulkFunction", "BackupFunction",
                "RestoreFunction", "RestoreDrillFunction", "RetentionSweepFunction", "ReminderFunction"), template.functionIds());
        Template.Function users = template.function("UsersFunction");
        assertEquals("org.inductionrecords.users.UsersHandler", users.handlerClass());
        assertEquals(30, users.timeoutSeconds());
        assertTrue(users.apiEvents().contains(new Template.ApiEvent("GetSchool", "/schools/{urn}", "GET")));
        assertTrue(users.environment().containsKey("TABLE_NAME"), "globals merged");
        assertTrue(users.environment().containsKey("USER_POOL_ID"));

        Template.Function backup = template.function("BackupFunction");
        assertEquals(900, backup.timeoutSeconds());
        assertEquals("rate(6 hours)", backup.schedules().get(0).expression());
        Template.ScheduleEvent sweep = template.function("RetentionSweepFunction").schedules().get(0);
        assertEquals("cron(30 2 * * ? *)", sweep.expression());
        assertEquals("Europe/London", sweep.timezone());
        assertTrue(sweep.enabled());
        assertTrue(template.function("RestoreFunction").apiEvents().isEmpty());
    }

    @Test
    void resolvesIntrinsicsWithLocalIds() {
        LocalPhysicalIds ids = new LocalPhysicalIds(template, "demo", Map.of("UserPool", "local_pool", "UserPoolClient", "client1"));
        IntrinsicResolver resolver = ids.resolver();
        assertEquals("demo-records", ids.ref("RecordsTable"));
        assertEquals("demo-backup-primary-000000000000", ids.ref("PrimaryBackupBucket"));
        assertEquals("arn:aws:s3:::demo-backup-primary-000000000000/*",
                resolver.resolveString(Map.of("Fn::Sub", "${PrimaryBackupBucket.Arn}/*")));
        assertEquals("arn:aws:cognito-idp:eu-west-2:000000000000:userpool/local_pool",
                resolver.resolveString(Map.of("Fn::GetAtt", List.of("UserPool", "Arn"))));
        assertEquals("365", resolver.resolveString(Map.of("Ref", "LogRetentionDays")));
        assertEquals("a-${literal}-eu-west-2", resolver.resolveString(Map.of("Fn::Sub", "a-${!literal}-${AWS::Region}")));
        assertEquals("x:y", resolver.resolveString(Map.of("Fn::Join", List.of(":", List.of("x", Map.of("Ref", "AWS::NoValue"), "y")))));
        assertEquals("v-demo", resolver.resolveString(Map.of("Fn::Sub", List.of("v-${Name}", Map.of("Name", Map.of("Ref", "AWS::StackName"))))));
        assertThrows(IllegalArgumentException.class, () -> resolver.resolve(Map.of("Ref", "Nothing")));
        // every output resolves
        template.outputs().values().forEach(value -> assertFalse(resolver.resolveString(value).isBlank()));
    }

    @Test
    void readsAFileGivenDirectly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, """
                Conditions:
                  IsProd: !Equals [!Ref AWS::StackName, prod]
                Resources:
                  Q:
                    Type: AWS::SQS::Queue
                    Properties:
                      Name: !If [IsProd, big, !Join ['-', [!Ref AWS::StackName, q]]]
                """);
        Template small = Template.load(file);
        IntrinsicResolver resolver = new LocalPhysicalIds(small, "dev", Map.of()).resolver();
        assertEquals("dev-q", resolver.resolve(small.resource("Q").properties().get("Name")));
    }
}
