package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inductionrecords.emulators.Template;
import org.junit.jupiter.api.Test;

/**
 * deploy/secondary-site.yaml, the second site in another account (README "Backups: two sites"): a bucket with
 * Object Lock, versioning, its own KMS key and a lifecycle window, private and TLS-only, that the main stack's
 * backup role may only put objects into and its restore and drill roles may only read.
 */
class SecondarySiteTemplateTest {

    private final Template site = Template.load(Template.load().file().resolveSibling("deploy/secondary-site.yaml"));

    private Map<String, Object> bucket() {
        return site.resourcesOfType("AWS::S3::Bucket").get(0).properties();
    }

    @Test
    void theBucketIsLockedVersionedEncryptedWithItsOwnKeyAndPrivate() {
        Map<String, Object> bucket = bucket();
        assertEquals(true, bucket.get("ObjectLockEnabled"));
        assertEquals(Map.of("Mode", "GOVERNANCE", "Days", 14),
                map(map(map(bucket.get("ObjectLockConfiguration")).get("Rule")).get("DefaultRetention")));
        assertEquals("Enabled", map(bucket.get("VersioningConfiguration")).get("Status"));
        Map<String, Object> byDefault = map(map(((List<?>) map(bucket.get("BucketEncryption"))
                .get("ServerSideEncryptionConfiguration")).get(0)).get("ServerSideEncryptionByDefault"));
        assertEquals("aws:kms", byDefault.get("SSEAlgorithm"));
        assertEquals(Map.of("Fn::GetAtt", List.of("SiteKey", "Arn")), byDefault.get("KMSMasterKeyID"));
        assertEquals(Boolean.TRUE, site.resource("SiteKey").properties().get("EnableKeyRotation"));
        map(bucket.get("PublicAccessBlockConfiguration")).values().forEach(v -> assertEquals(true, v));
        Map<String, Object> rule = map(((List<?>) map(bucket.get("LifecycleConfiguration")).get("Rules")).get(0));
        assertTrue(((Number) rule.get("ExpirationInDays")).intValue() > 14, "expires only once the lock has ended");
    }

    @Test
    void theMainStacksBackupRoleMayPutObjectsAndNothingElseAndReadersMayOnlyRead() {
        Map<Object, Set<String>> allowed = new java.util.LinkedHashMap<>();
        boolean tlsOnly = false;
        for (Object raw : (List<?>) map(site.resource("SecondaryBackupBucketPolicy").properties().get("PolicyDocument"))
                .get("Statement")) {
            Map<String, Object> statement = map(raw);
            if ("Deny".equals(statement.get("Effect"))) {
                tlsOnly |= "false".equals(map(map(statement.get("Condition")).get("Bool")).get("aws:SecureTransport"));
                continue;
            }
            Object principal = map(statement.get("Principal")).get("AWS");
            allowed.computeIfAbsent(principal, p -> new TreeSet<>()).addAll(IamPolicy.strings(statement.get("Action")));
        }
        assertTrue(tlsOnly, "TLS only");
        assertEquals(Map.of(
                Map.of("Ref", "BackupRoleArn"), Set.of("s3:PutObject"),
                Map.of("Ref", "ReaderRoleArns"), Set.of("s3:GetObject", "s3:ListBucket")), allowed);
    }

    @Test
    void theKeyLetsTheBackupRoleEncryptAndReadersDecryptThroughS3Only() {
        Map<Object, Set<String>> allowed = new java.util.LinkedHashMap<>();
        for (Object raw : (List<?>) map(site.resource("SiteKey").properties().get("KeyPolicy")).get("Statement")) {
            Map<String, Object> statement = map(raw);
            Object principal = map(statement.get("Principal")).get("AWS");
            if (principal instanceof Map<?, ?> ref && ref.containsKey("Ref")) {
                assertTrue(map(map(statement.get("Condition")).get("StringEquals")).containsKey("kms:ViaService"),
                        statement.get("Sid") + " through S3 only");
                allowed.put(principal, new TreeSet<>(IamPolicy.strings(statement.get("Action"))));
            }
        }
        assertEquals(Map.of(
                Map.of("Ref", "BackupRoleArn"), Set.of("kms:Decrypt", "kms:GenerateDataKey"),
                Map.of("Ref", "ReaderRoleArns"), Set.of("kms:Decrypt")), allowed);
    }

    @Test
    void withTheSecondaryBucketOfAnotherAccountTheStackWritesThereUnderThatKeyAndPrunesOnlyThePrimary(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        // given the stack template deployed with the two parameters this template's outputs give
        String otherBucket = "induction-records-backup-secondary-222233334444";
        String otherKey = "arn:aws:kms:eu-west-2:222233334444:key/0e7a4c1e-1111-2222-3333-444455556666";
        String text = java.nio.file.Files.readString(Template.load().file());
        String configured = text
                .replace("  SecondaryBucketName:\n    Type: String\n    Default: ''",
                        "  SecondaryBucketName:\n    Type: String\n    Default: '" + otherBucket + "'")
                .replace("  SecondaryKmsKeyArn:\n    Type: String\n    Default: ''",
                        "  SecondaryKmsKeyArn:\n    Type: String\n    Default: '" + otherKey + "'");
        assertTrue(!configured.equals(text), "both parameters found");
        java.nio.file.Path file = dir.resolve("template.yaml");
        java.nio.file.Files.writeString(file, configured);
        Template stack = Template.load(file);
        var resolver = stack.resolver(Map.of("AWS::Region", "eu-west-2", "AWS::AccountId", "111122223333",
                "AWS::Partition", "aws", "AWS::StackName", "induction-records"), new Template.PhysicalIds() {
                    @Override
                    public String ref(String logicalId) {
                        return "physical-" + logicalId;
                    }

                    @Override
                    public String attribute(String logicalId, String attribute) {
                        return "arn:aws:test:::" + logicalId;
                    }
                });

        // then the backup writes the other account's bucket with its key and leaves its pruning to that bucket
        Map<String, Object> env = map(resolver.resolve(stack.function("BackupFunction").environment()));
        assertEquals(otherBucket, env.get("SECONDARY_BACKUP_BUCKET"));
        assertEquals(otherKey, env.get("SECONDARY_BACKUP_KMS_KEY"));
        assertEquals("primary", env.get("PRUNED_SITES"));
        String statements = String.valueOf(resolver.resolve(stack.resource("BackupFunction").properties().get("Policies")));
        assertTrue(statements.contains("arn:aws:s3:::" + otherBucket + "/backups/*") && statements.contains(otherKey),
                statements);
        assertTrue(!statements.contains("SecondaryBackupBucket") && !statements.contains("SecondarySiteKey"), statements);
        // and the restore and the drill read there, and the outputs name it
        for (String reader : List.of("RestoreFunction", "RestoreDrillFunction")) {
            assertEquals(otherBucket, map(resolver.resolve(stack.function(reader).environment())).get("SECONDARY_BACKUP_BUCKET"));
            assertTrue(String.valueOf(resolver.resolve(stack.resource(reader).properties().get("Policies")))
                    .contains("arn:aws:s3:::" + otherBucket), reader);
        }
        assertEquals(otherBucket, resolver.resolve(stack.outputs().get("SecondaryBackupBucket")));
        assertEquals(false, resolver.resolve(Map.of("Condition", "SecondaryInThisAccount")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
