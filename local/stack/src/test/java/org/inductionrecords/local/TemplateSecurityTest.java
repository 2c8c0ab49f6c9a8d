package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inductionrecords.emulators.IntrinsicResolver;
import org.inductionrecords.emulators.Template;
import org.inductionrecords.local.IamPolicy.Decision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * template.yaml is locked down: each function's role names only this stack's resources and explicit
 * actions, the audit trail cannot be updated or deleted by any function, data at rest is encrypted with
 * the stack's key, buckets are private and TLS-only, the table survives mistakes, logs expire, the API is
 * throttled, and it all deploys to London by default. Values are resolved as CloudFormation would, with
 * the ARNs a deployment named {@value #STACK} in account {@value #ACCOUNT} would get.
 */
class TemplateSecurityTest {

    private static final String STACK = "induction-records";
    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "eu-west-2";
    /** The MailFrom parameter as a deployment would give it (it has no default). */
    private static final String MAIL_FROM = "reminders@ab.example";
    private static final AtomicInteger CHECKS = new AtomicInteger();

    private final Template template = Template.load();
    private final IntrinsicResolver resolver = template.resolver(Map.of(
            "AWS::Region", REGION, "AWS::AccountId", ACCOUNT, "AWS::Partition", "aws", "AWS::StackName", STACK,
            "AWS::URLSuffix", "amazonaws.com"), new Arns());

    @AfterAll
    static void printCount() {
        System.out.println("TemplateSecurityTest: " + CHECKS.get() + " checks over template.yaml");
    }

    // ------------------------------------------------------------------ AB_ADMIN two-factor sign-in

    @Test
    void theAdminTwoFactorRuleIsOnByDefaultForEveryApiFunctionAndThePoolOffersTotp() {
        // CONTRACT.md section 10: RequireAdminMfa defaults to true and reaches every function that resolves callers
        assertEquals("true", template.parameterDefaults().get("RequireAdminMfa"));
        for (String function : List.of("UsersFunction", "AssessmentsFunction", "BulkFunction")) {
            check("true".equals(resolver.resolveString(template.function(function).environment()
                    .get("REQUIRE_ADMIN_MFA"))), function + " must get REQUIRE_ADMIN_MFA from RequireAdminMfa");
        }
        Map<String, Object> pool = template.resource("UserPool").properties();
        check("OPTIONAL".equals(pool.get("MfaConfiguration")), "the pool offers MFA (OPTIONAL: enrolment after sign-in)");
        check(List.of("SOFTWARE_TOKEN_MFA").equals(pool.get("EnabledMfas")), "TOTP only: no SMS second factor");
    }

    // ------------------------------------------------------------------ IAM: least privilege

    @Test
    void everyFunctionRoleIsInlineStatementsOnly() {
        for (String function : template.functionIds()) {
            Object policies = template.resource(function).properties().get("Policies");
            assertNotNull(policies, function + " needs its own Policies (SAM would otherwise grant nothing, "
                    + "but a later edit might add a broad managed policy)");
            for (Object policy : IamPolicy.strings(policies).isEmpty() ? List.of() : (List<?>) policies) {
                check(policy instanceof Map<?, ?> map && map.containsKey("Statement"),
                        function + ": managed policies and SAM policy templates are broader than the function needs: " + policy);
            }
        }
    }

    @Test
    void noFunctionActionIsAWildcard() {
        forEachStatement((function, statement) -> {
            for (String action : statement.actions()) {
                check(!action.contains("*") || action.matches("[a-z0-9-]+:[A-Za-z]+\\*"),
                        function + "/" + statement.sid() + ": action " + action);
                check(!action.endsWith(":*") && !action.equals("*"), function + "/" + statement.sid() + ": action " + action);
            }
        });
    }

    @Test
    void everyFunctionResourceIsOneOfThisStacksAndOfTheActionsService() {
        List<String> own = ownArns();
        forEachStatement((function, statement) -> {
            for (String resource : statement.resources()) {
                check(!resource.equals("*"), function + "/" + statement.sid() + ": Resource '*'");
                boolean ofThisStack = own.stream().anyMatch(arn -> resource.equals(arn) || resource.startsWith(arn + "/"))
                        // RestoreFunction restores into new tables named after the stack, never the live one.
                        || resource.equals("arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + STACK + "-restore-*")
                        // RestoreDrillFunction creates and deletes its scratch tables under a prefix of their own.
                        || resource.equals("arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + STACK + "-drill-*");
                check(ofThisStack, function + "/" + statement.sid() + ": " + resource + " is not a resource of this stack");
                for (String action : statement.actions()) {
                    check(IamPolicy.service(action).equals(IamPolicy.service(resource)),
                            function + "/" + statement.sid() + ": " + action + " on " + resource);
                }
            }
        });
    }

    /**
     * What each function's job needs, and no more (a subset is fine; a new action must be added here on
     * purpose, with the reason in the commit).
     */
    private static final Map<String, Set<String>> NEEDED_ACTIONS = Map.of(
            "UsersFunction", Set.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem",
                    "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem", "kms:Decrypt", "kms:GenerateDataKey",
                    "cognito-idp:AdminCreateUser", "cognito-idp:AdminGetUser", "cognito-idp:AdminDisableUser",
                    "cognito-idp:AdminEnableUser", "cognito-idp:AdminUserGlobalSignOut"),
            "BootstrapAdminFunction", Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
                    "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem", "kms:Decrypt", "kms:GenerateDataKey",
                    "cognito-idp:AdminCreateUser", "cognito-idp:AdminGetUser"),
            "AssessmentsFunction", Set.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
                    "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem",
                    "kms:Decrypt", "kms:GenerateDataKey"),
            // CONTRACT.md section 9: reads, and the single routes' conditional writes; never a delete.
            "BulkFunction", Set.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
                    "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem",
                    "kms:Decrypt", "kms:GenerateDataKey"),
            "BackupFunction", Set.of("dynamodb:Scan", "dynamodb:DescribeTable", "s3:PutObject", "s3:GetObject",
                    "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts", "s3:ListBucket",
                    "s3:ListBucketMultipartUploads", "kms:Decrypt", "kms:GenerateDataKey"),
            "RestoreFunction", Set.of("s3:GetObject", "s3:ListBucket", "dynamodb:DescribeTable", "dynamodb:CreateTable",
                    "dynamodb:Scan", "dynamodb:BatchWriteItem", "kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey",
                    "kms:CreateGrant"),
            "RestoreDrillFunction", Set.of("s3:GetObject", "s3:ListBucket", "dynamodb:CreateTable",
                    "dynamodb:DeleteTable", "dynamodb:DescribeTable", "dynamodb:BatchWriteItem", "kms:Decrypt",
                    "kms:GenerateDataKey", "kms:DescribeKey", "kms:CreateGrant"),
            "RetentionSweepFunction", Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
                    "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem",
                    "kms:Decrypt", "kms:GenerateDataKey", "cognito-idp:AdminDisableUser", "cognito-idp:AdminDeleteUser"),
            // users and tasks by Query, a task's teacher by GetItem; the day's marker put, confirmed, withdrawn;
            // one email per user and day
            "ReminderFunction", Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem",
                    "dynamodb:DeleteItem", "kms:Decrypt", "kms:GenerateDataKey", "ses:SendEmail"));

    @Test
    void everyFunctionIsAllowedOnlyTheActionsItsJobNeeds() {
        check(NEEDED_ACTIONS.keySet().equals(Set.copyOf(template.functionIds())),
                "every function has its list of needed actions here: " + template.functionIds());
        forEachStatement((function, statement) -> {
            if (statement.allow()) {
                for (String action : statement.actions()) {
                    check(NEEDED_ACTIONS.get(function).contains(action), function + "/" + statement.sid()
                            + " is allowed " + action + ", which its job does not need");
                }
            }
        });
    }

    @Test
    void onlyTheRestoresMayCreateTablesOnlyTheDrillMayDeleteOnesAndOnlyTheRetentionSweepMayDeleteLogins() {
        forEachStatement((function, statement) -> {
            if (!statement.allow()) {
                return;
            }
            for (String action : statement.actions()) {
                check(!action.equals("dynamodb:CreateTable") || function.equals("RestoreFunction")
                        || function.equals("RestoreDrillFunction"), function + ": " + action);
                check(!action.equals("dynamodb:DeleteTable") || function.equals("RestoreDrillFunction"), function + ": " + action);
                check(!action.equals("cognito-idp:AdminDeleteUser") || function.equals("RetentionSweepFunction"), function + ": " + action);
                check(!action.startsWith("kms:ScheduleKeyDeletion") && !action.startsWith("s3:DeleteBucket")
                        && !action.startsWith("iam:"), function + ": " + action);
            }
        });
    }

    @Test
    void theDrillMayCreateAndDeleteItsScratchTablesOnlyAndReadBothSites() {
        IamPolicy drill = policyOf("RestoreDrillFunction");
        String tables = "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/";
        for (String action : List.of("dynamodb:CreateTable", "dynamodb:DeleteTable", "dynamodb:DescribeTable",
                "dynamodb:BatchWriteItem")) {
            check(drill.evaluate(action, tables + STACK + "-drill-primary-20261122t180000z-1", Map.of()) == Decision.ALLOWED,
                    "the drill may " + action + " its scratch table");
            check(drill.evaluate(action, tableArn(), Map.of()) != Decision.ALLOWED, "the drill may " + action + " the live table");
            check(drill.evaluate(action, tables + STACK + "-restore-20261122", Map.of()) != Decision.ALLOWED,
                    "the drill may " + action + " a restore's table");
        }
        for (String bucket : BACKUP_BUCKETS) {
            String arn = resolver.resolveString(Map.of("Fn::GetAtt", List.of(bucket, "Arn")));
            check(drill.evaluate("s3:GetObject", arn + "/backups/2026/11/22/20261122T180000Z/manifest.json", Map.of())
                    == Decision.ALLOWED, "the drill reads " + bucket);
            check(drill.evaluate("s3:ListBucket", arn, Map.of()) == Decision.ALLOWED, "the drill lists " + bucket);
            for (String write : List.of("s3:PutObject", "s3:DeleteObject")) {
                check(drill.evaluate(write, arn + "/backups/x", Map.of()) != Decision.ALLOWED, "the drill may " + write);
            }
        }
        check(drill.evaluate("kms:Decrypt", resolver.resolveString(Map.of("Fn::GetAtt", List.of("SecondarySiteKey", "Arn"))),
                Map.of()) == Decision.ALLOWED, "the drill decrypts the secondary site's objects");
    }

    // ------------------------------------------------------------------ IAM: the audit trail is append-only

    @Test
    void everyFunctionRoleDeniesUpdatingOrDeletingAuditItems() {
        String table = tableArn();
        for (String function : template.functionIds()) {
            IamPolicy policy = policyOf(function);
            for (String action : List.of("dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem")) {
                check(policy.evaluate(action, table, leadingKeys("AUDIT#INDUCTION#x")) != Decision.ALLOWED,
                        function + " may " + action + " an audit item");
                check(policy.evaluate(action, table, leadingKeys("INDUCTION#x", "AUDIT#USER#u")) != Decision.ALLOWED,
                        function + " may " + action + " a batch holding an audit item");
            }
        }
    }

    @Test
    void assessmentsFunctionMayUpdateAnInductionButNotItsAuditTrail() {
        IamPolicy policy = policyOf("AssessmentsFunction");
        String table = tableArn();
        assertEquals(Decision.EXPLICITLY_DENIED, policy.evaluate("dynamodb:UpdateItem", table, leadingKeys("AUDIT#INDUCTION#x")));
        assertEquals(Decision.EXPLICITLY_DENIED, policy.evaluate("dynamodb:DeleteItem", table, leadingKeys("AUDIT#INDUCTION#x")));
        assertEquals(Decision.ALLOWED, policy.evaluate("dynamodb:UpdateItem", table, leadingKeys("INDUCTION#x")));
        assertEquals(Decision.ALLOWED, policy.evaluate("dynamodb:DeleteItem", table, leadingKeys("TEACHER#1234567")));
        // Writing a new audit event (PutItem, in the change's transaction) must stay possible.
        assertEquals(Decision.ALLOWED, policy.evaluate("dynamodb:PutItem", table, leadingKeys("AUDIT#INDUCTION#x")));
        CHECKS.addAndGet(5);
    }

    @Test
    void retentionSweepMayDeleteAssessmentsButNotAuditItems() {
        IamPolicy policy = policyOf("RetentionSweepFunction");
        String table = tableArn();
        assertEquals(Decision.ALLOWED, policy.evaluate("dynamodb:BatchWriteItem", table, leadingKeys("INDUCTION#x")));
        assertEquals(Decision.EXPLICITLY_DENIED, policy.evaluate("dynamodb:BatchWriteItem", table,
                leadingKeys("INDUCTION#x", "AUDIT#INDUCTION#x")));
        assertEquals(Decision.EXPLICITLY_DENIED, policy.evaluate("dynamodb:DeleteItem", table, leadingKeys("AUDIT#USER#u")));
        CHECKS.addAndGet(3);
    }

    @Test
    void restoreFunctionStillWritesAuditItemsIntoANewRestoreTable() {
        // The deny names the live table only: a restore copies the trail as it was.
        String target = "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + STACK + "-restore-20261122";
        assertEquals(Decision.ALLOWED, policyOf("RestoreFunction").evaluate("dynamodb:BatchWriteItem", target,
                leadingKeys("AUDIT#INDUCTION#x")));
        assertEquals(Decision.IMPLICITLY_DENIED, policyOf("RestoreFunction").evaluate("dynamodb:BatchWriteItem",
                tableArn(), leadingKeys("INDUCTION#x")));
        CHECKS.addAndGet(2);
    }

    @Test
    void evaluatorFollowsIamSemantics() {
        IamPolicy policy = new IamPolicy(List.of(
                new IamPolicy.Statement("a", true, List.of("dynamodb:*Item"), List.of("arn:t/*"), Map.of()),
                new IamPolicy.Statement("d", false, List.of("DynamoDB:DeleteItem"), List.of("arn:t/x"),
                        Map.of("ForAnyValue:StringLike", Map.of("dynamodb:LeadingKeys", List.of("AUDIT#*"))))));
        assertEquals(Decision.ALLOWED, policy.evaluate("dynamodb:GetItem", "arn:t/x", Map.of()));
        assertEquals(Decision.IMPLICITLY_DENIED, policy.evaluate("dynamodb:Query", "arn:t/x", Map.of()));
        assertEquals(Decision.IMPLICITLY_DENIED, policy.evaluate("dynamodb:GetItem", "arn:T/x", Map.of()));
        assertEquals(Decision.EXPLICITLY_DENIED, policy.evaluate("dynamodb:deleteitem", "arn:t/x",
                Map.of("dynamodb:leadingkeys", List.of("AUDIT#A"))));
        // ForAnyValue on a missing key is false: the deny does not apply (why the deny names item operations only).
        assertEquals(Decision.ALLOWED, policy.evaluate("dynamodb:DeleteItem", "arn:t/x", Map.of()));
        assertEquals(Decision.ALLOWED, policy.evaluate("dynamodb:DeleteItem", "arn:t/x", leadingKeys("XAUDIT#A")));
        assertThrows(IllegalArgumentException.class, () -> IamPolicy.conditionHolds(
                Map.of("NumericLessThan", Map.of("k", List.of("1"))), Map.of("k", List.of("0"))));
        CHECKS.addAndGet(7);
    }

    // ------------------------------------------------------------------ data at rest

    /** The web front end's bucket, the one bucket that holds no records. */
    private static final String WEB_BUCKET = "WebBucket";

    @Test
    void bucketsAreEncryptedWithTheDataKeyPrivateAndTlsOnly() {
        List<Template.Resource> buckets = template.resourcesOfType("AWS::S3::Bucket");
        assertFalse(buckets.isEmpty());
        for (Template.Resource bucket : buckets) {
            Map<String, Object> props = resolved(bucket.properties());
            Map<String, Object> rule = map(list(map(props.get("BucketEncryption")).get("ServerSideEncryptionConfiguration")).get(0));
            Map<String, Object> byDefault = map(rule.get("ServerSideEncryptionByDefault"));
            if (bucket.logicalId().equals(WEB_BUCKET)) {
                // the site's static files: no personal data, and CloudFront needs no grant on the records' key
                check("AES256".equals(byDefault.get("SSEAlgorithm")), bucket.logicalId() + " SSE-S3");
            } else {
                String key = keyOf(bucket.logicalId());
                check("aws:kms".equals(byDefault.get("SSEAlgorithm")), bucket.logicalId() + " SSE-KMS");
                check(resolver.resolveString(Map.of("Fn::GetAtt", List.of(key, "Arn"))).equals(byDefault.get("KMSMasterKeyID")),
                        bucket.logicalId() + " encrypted with " + key);
            }
            Map<String, Object> block = map(props.get("PublicAccessBlockConfiguration"));
            for (String setting : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
                check(Boolean.TRUE.equals(block.get(setting)), bucket.logicalId() + " " + setting);
            }
            check("Enabled".equals(map(props.get("VersioningConfiguration")).get("Status")), bucket.logicalId() + " versioned");
            check(hasTlsOnlyPolicy(bucket.logicalId()), bucket.logicalId() + " needs a bucket policy denying s3:* without TLS on the bucket and its objects");
            check("Retain".equals(rawResource(bucket.logicalId()).get("DeletionPolicy")), bucket.logicalId() + " DeletionPolicy Retain");
        }
    }

    /** The key of each bucket that holds records: the secondary site has its own (README "Backups: two sites"). */
    private static String keyOf(String bucketId) {
        return bucketId.equals("SecondaryBackupBucket") ? "SecondarySiteKey" : "DataKey";
    }

    private static final List<String> BACKUP_BUCKETS = List.of("PrimaryBackupBucket", "SecondaryBackupBucket");

    @Test
    void theTwoBackupSitesHaveTwoKeysEachWithItsOwnKeyPolicy() {
        Map<String, Object> primary = template.resource("DataKey").properties();
        Map<String, Object> secondary = template.resource("SecondarySiteKey").properties();
        check(!resolver.resolveString(Map.of("Fn::GetAtt", List.of("DataKey", "Arn")))
                .equals(resolver.resolveString(Map.of("Fn::GetAtt", List.of("SecondarySiteKey", "Arn")))), "two keys");
        check(primary.get("KeyPolicy") instanceof Map<?, ?> && secondary.get("KeyPolicy") instanceof Map<?, ?>,
                "each key has its own key policy");
        check(!primary.get("KeyPolicy").equals(secondary.get("KeyPolicy")),
                "the secondary key's policy is its own (no log service, no alarm service on it)");
        check("SecondaryInThisAccount".equals(rawResource("SecondarySiteKey").get("Condition"))
                && "SecondaryInThisAccount".equals(rawResource("SecondaryBackupBucket").get("Condition")),
                "the in-account secondary site exists only while no other account's bucket is named");
    }

    @Test
    void bothBackupBucketsLockEveryVersionForTheFourteenDayWindow() {
        for (String bucketId : BACKUP_BUCKETS) {
            Map<String, Object> props = resolved(template.resource(bucketId).properties());
            check(Boolean.TRUE.equals(props.get("ObjectLockEnabled")), bucketId + " ObjectLockEnabled");
            Map<String, Object> lock = map(props.get("ObjectLockConfiguration"));
            check("Enabled".equals(lock.get("ObjectLockEnabled")), bucketId + " ObjectLockConfiguration enabled");
            Map<String, Object> retention = map(map(lock.get("Rule")).get("DefaultRetention"));
            check("GOVERNANCE".equals(retention.get("Mode")), bucketId + " default retention GOVERNANCE");
            check(Integer.valueOf(14).equals(retention.get("Days")) && !retention.containsKey("Years"),
                    bucketId + " default retention 14 days");
        }
    }

    @Test
    void noRoleOrPolicyOfTheStackMayBypassGovernanceRetention() throws IOException {
        // Anywhere in the file (function policies, roles, bucket and key policies), and in the second site's template.
        for (Path file : List.of(template.file(), template.file().resolveSibling("deploy/secondary-site.yaml"))) {
            if (!Files.exists(file)) {
                continue;
            }
            // the parsed document (so a comment explaining why the permission is absent does not count)
            String text = String.valueOf(Template.load(file).root()).toLowerCase(java.util.Locale.ROOT);
            check(!text.contains("bypassgovernanceretention"), file.getFileName() + " names s3:BypassGovernanceRetention");
            check(!text.contains("s3:*") || onlyInDenies(file), file.getFileName() + " allows s3:* somewhere");
        }
        forEachStatement((function, statement) -> {
            for (String action : statement.actions()) {
                check(!statement.allow() || !IamPolicy.matches(action, "s3:BypassGovernanceRetention"),
                        function + "/" + statement.sid() + ": " + action + " would let it bypass the lock");
            }
        });
    }

    /** s3:* appears in the TLS-only denies; never in an Allow. */
    private static boolean onlyInDenies(Path file) throws IOException {
        Template other = Template.load(file);
        for (Template.Resource policy : other.resourcesOfType("AWS::S3::BucketPolicy")) {
            for (Object raw : list(map(policy.properties().get("PolicyDocument")).get("Statement"))) {
                Map<String, Object> statement = map(raw);
                if ("Allow".equals(statement.get("Effect")) && IamPolicy.strings(statement.get("Action")).contains("s3:*")) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void tableIsEncryptedWithTheDataKeyRecoverableAndProtected() {
        List<Template.Resource> tables = template.resourcesOfType("AWS::DynamoDB::Table");
        assertEquals(1, tables.size());
        Map<String, Object> props = resolved(tables.get(0).properties());
        Map<String, Object> sse = map(props.get("SSESpecification"));
        check(Boolean.TRUE.equals(sse.get("SSEEnabled")) && "KMS".equals(sse.get("SSEType")), "table SSE-KMS");
        check(resolver.resolveString(Map.of("Ref", "DataKey")).equals(sse.get("KMSMasterKeyId")), "table encrypted with DataKey");
        check(Boolean.TRUE.equals(map(props.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled")), "PITR on");
        check(Boolean.TRUE.equals(props.get("DeletionProtectionEnabled")), "deletion protection");
        check("Retain".equals(rawResource(tables.get(0).logicalId()).get("DeletionPolicy")), "table DeletionPolicy Retain");
    }

    @Test
    void dataKeyRotatesAndOnlyTheKeyPolicyNamesAllResources() {
        for (Template.Resource key : template.resourcesOfType("AWS::KMS::Key")) {
            check(Boolean.TRUE.equals(key.properties().get("EnableKeyRotation")), key.logicalId() + " rotation");
            // A key policy's Resource must be '*' (it means "this key"); AWS requires it there.
        }
    }

    // ------------------------------------------------------------------ logs, API, region

    @Test
    void everyFunctionLogsToAnEncryptedLogGroupThatExpires() {
        for (String function : template.functionIds()) {
            Object logGroup = map(template.resource(function).properties().get("LoggingConfig")).get("LogGroup");
            check(logGroup instanceof Map<?, ?> ref && ref.containsKey("Ref"),
                    function + " must log to a log group of this template (else Lambda creates one that never expires)");
            Template.Resource group = template.resource(String.valueOf(map(logGroup).get("Ref")));
            check(group.type().equals("AWS::Logs::LogGroup"), function + " log group type");
            Object retention = resolver.resolve(group.properties().get("RetentionInDays"));
            check(retention != null && Integer.parseInt(String.valueOf(retention)) > 0, function + " log retention");
            check(group.properties().get("KmsKeyId") != null, function + " log group encrypted");
        }
    }

    @Test
    void apiIsThrottledForEveryMethod() {
        List<Template.Resource> apis = template.resourcesOfType("AWS::Serverless::Api");
        assertFalse(apis.isEmpty());
        for (Template.Resource api : apis) {
            boolean throttled = false;
            for (Object setting : list(resolved(api.properties()).get("MethodSettings"))) {
                Map<String, Object> s = map(setting);
                if ("/*".equals(s.get("ResourcePath")) && "*".equals(s.get("HttpMethod"))) {
                    throttled = positive(s.get("ThrottlingRateLimit")) && positive(s.get("ThrottlingBurstLimit"));
                }
            }
            check(throttled, api.logicalId() + " needs ThrottlingRateLimit and ThrottlingBurstLimit on /* *");
            check(map(api.properties().get("Auth")).get("DefaultAuthorizer") != null, api.logicalId() + " default authorizer");
        }
    }

    @Test
    void deploysToLondonUnlessOverridden() throws IOException {
        Path samconfig = template.file().resolveSibling("samconfig.toml");
        check(Files.isRegularFile(samconfig), "samconfig.toml gives sam deploy its default region");
        String config = Files.readString(samconfig);
        Matcher regions = Pattern.compile("(?m)^\\s*region\\s*=\\s*\"([^\"]*)\"").matcher(config);
        int found = 0;
        while (regions.find()) {
            check(REGION.equals(regions.group(1)), "samconfig.toml region " + regions.group(1));
            found++;
        }
        check(found > 0, "samconfig.toml names a region");
        // The template itself never pins another region: every ARN and URL uses ${AWS::Region}.
        Matcher literal = Pattern.compile("\\b(us|eu|ap|ca|sa|me|af|il|mx)-[a-z]+-\\d\\b").matcher(Files.readString(template.file()));
        while (literal.find()) {
            check(false, "template.yaml names region " + literal.group());
        }
    }

    // ------------------------------------------------------------------ helpers

    private interface StatementCheck {
        void check(String function, IamPolicy.Statement statement);
    }

    private void forEachStatement(StatementCheck check) {
        for (String function : template.functionIds()) {
            for (IamPolicy.Statement statement : policyOf(function).statements()) {
                check.check(function, statement);
            }
        }
    }

    /** The function's inline statements, resolved. */
    private IamPolicy policyOf(String function) {
        List<IamPolicy.Statement> statements = new ArrayList<>();
        for (Object policy : list(template.resource(function).properties().get("Policies"))) {
            for (Object statement : list(map(resolver.resolve(policy)).get("Statement"))) {
                statements.add(IamPolicy.fromMap(map(statement)));
            }
        }
        return new IamPolicy(statements);
    }

    private boolean hasTlsOnlyPolicy(String bucketId) {
        String bucketArn = resolver.resolveString(Map.of("Fn::GetAtt", List.of(bucketId, "Arn")));
        for (Template.Resource policy : template.resourcesOfType("AWS::S3::BucketPolicy")) {
            Map<String, Object> props = resolved(policy.properties());
            if (!resolver.resolveString(Map.of("Ref", bucketId)).equals(props.get("Bucket"))) {
                continue;
            }
            for (Object raw : list(map(props.get("PolicyDocument")).get("Statement"))) {
                Map<String, Object> statement = map(raw);
                List<String> resources = IamPolicy.strings(statement.get("Resource"));
                boolean deniesPlainHttp = "Deny".equals(statement.get("Effect"))
                        && IamPolicy.strings(statement.get("Action")).contains("s3:*")
                        && resources.contains(bucketArn) && resources.contains(bucketArn + "/*")
                        && "false".equals(String.valueOf(map(map(statement.get("Condition")).get("Bool")).get("aws:SecureTransport")));
                if (deniesPlainHttp) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> ownArns() {
        List<String> arns = new ArrayList<>();
        Arns names = new Arns();
        template.resources().keySet().forEach(id -> {
            String arn = names.attribute(id, "Arn");
            if (arn != null) {
                arns.add(arn);
            }
        });
        return arns;
    }

    private String tableArn() {
        return resolver.resolveString(Map.of("Fn::GetAtt", List.of("RecordsTable", "Arn")));
    }

    private static Map<String, List<String>> leadingKeys(String... keys) {
        return Map.of("dynamodb:LeadingKeys", List.of(keys));
    }

    private Map<String, Object> resolved(Map<String, Object> properties) {
        return map(resolver.resolve(properties));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rawResource(String logicalId) {
        return (Map<String, Object>) map(template.root().get("Resources")).get(logicalId);
    }

    private static boolean positive(Object value) {
        return value != null && Double.parseDouble(String.valueOf(value)) > 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static void check(boolean condition, String message) {
        CHECKS.incrementAndGet();
        assertTrue(condition, message);
    }

    /** The names and ARNs a deployment would give this template's resources. */
    private final class Arns implements Template.PhysicalIds {
        private final Map<String, String> names = new LinkedHashMap<>();

        @Override
        public String ref(String logicalId) {
            if (logicalId.equals("MailFrom")) {
                return MAIL_FROM;
            }
            return names.computeIfAbsent(logicalId, id -> {
                Template.Resource resource = template.resource(id);
                Object name = switch (resource.type()) {
                    case "AWS::SES::EmailIdentity" -> resource.properties().get("EmailIdentity");
                    case "AWS::DynamoDB::Table" -> resource.properties().get("TableName");
                    case "AWS::S3::Bucket" -> resource.properties().get("BucketName");
                    case "AWS::Cognito::UserPool" -> REGION + "_" + id;
                    case "AWS::KMS::Key" -> "key-" + id;
                    default -> STACK + "-" + id;
                };
                return name instanceof String s ? s : resolver.resolveString(name);
            });
        }

        @Override
        public String attribute(String logicalId, String attribute) {
            if (!attribute.equals("Arn")) {
                return null;
            }
            String prefix = ":" + REGION + ":" + ACCOUNT + ":";
            return switch (template.resource(logicalId).type()) {
                case "AWS::DynamoDB::Table" -> "arn:aws:dynamodb" + prefix + "table/" + ref(logicalId);
                case "AWS::S3::Bucket" -> "arn:aws:s3:::" + ref(logicalId);
                case "AWS::KMS::Key" -> "arn:aws:kms" + prefix + "key/" + ref(logicalId);
                case "AWS::Cognito::UserPool" -> "arn:aws:cognito-idp" + prefix + "userpool/" + ref(logicalId);
                case "AWS::Logs::LogGroup" -> "arn:aws:logs" + prefix + "log-group:" + ref(logicalId);
                // the stack's one sending identity: ReminderFunction may send from it and from nothing else
                case "AWS::SES::EmailIdentity" -> "arn:aws:ses" + prefix + "identity/" + ref(logicalId);
                default -> null;
            };
        }
    }
}
