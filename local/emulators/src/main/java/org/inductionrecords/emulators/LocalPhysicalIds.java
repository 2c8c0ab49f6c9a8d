package org.inductionrecords.emulators;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the template's resources are called in the emulators: names the template gives (resolved with the
 * stack's pseudo parameters), ids the emulators handed out (user pool, client), and ARNs in the local
 * account. Functions are known by their logical id, which is also what the local invoke API takes.
 */
final class LocalPhysicalIds implements Template.PhysicalIds {

    static final String REGION = "eu-west-2";
    static final String ACCOUNT_ID = "000000000000";
    static final String PARTITION = "aws";
    /**
     * The sender of every local email: the template's {@code MailFrom} has no default (a deployment names its own
     * verified address), so the local stack gives it this one, under the reserved .example domain.
     */
    public static final String LOCAL_MAIL_FROM = "reminders@induction-local.example";
    /** Local values of the template parameters that have no default. */
    private static final Map<String, String> LOCAL_PARAMETERS = Map.of("MailFrom", LOCAL_MAIL_FROM);

    private final Template template;
    private final String stackName;
    private final Map<String, String> emulatorIds;
    private final IntrinsicResolver resolver;

    /** {@code emulatorIds}: logical id to the id an emulator handed out (user pools and clients). */
    LocalPhysicalIds(Template template, String stackName, Map<String, String> emulatorIds) {
        this.template = template;
        this.stackName = stackName;
        this.emulatorIds = emulatorIds;
        this.resolver = template.resolver(pseudoParameters(stackName), this);
    }

    static Map<String, String> pseudoParameters(String stackName) {
        Map<String, String> pseudo = new LinkedHashMap<>();
        pseudo.put("AWS::StackName", stackName);
        pseudo.put("AWS::Region", REGION);
        pseudo.put("AWS::AccountId", ACCOUNT_ID);
        pseudo.put("AWS::Partition", PARTITION);
        pseudo.put("AWS::URLSuffix", "amazonaws.com");
        pseudo.put("AWS::StackId", "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT_ID + ":stack/" + stackName + "/"
                + UUID.nameUUIDFromBytes(stackName.getBytes(StandardCharsets.UTF_8)));
        return pseudo;
    }

    IntrinsicResolver resolver() {
        return resolver;
    }

    @Override
    public String ref(String logicalId) {
        if (LOCAL_PARAMETERS.containsKey(logicalId)) {
            return LOCAL_PARAMETERS.get(logicalId);
        }
        Template.Resource resource = template.resources().get(logicalId);
        if (resource == null) {
            return null;
        }
        return switch (resource.type()) {
            case "AWS::DynamoDB::Table" -> named(resource, "TableName", stackName + "-" + logicalId);
            case "AWS::S3::Bucket" -> named(resource, "BucketName", (stackName + "-" + logicalId).toLowerCase());
            case "AWS::Cognito::UserPool", "AWS::Cognito::UserPoolClient" -> emulatorIds.get(logicalId);
            case "AWS::KMS::Key" -> UUID.nameUUIDFromBytes((stackName + "/" + logicalId)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            case "AWS::Serverless::Function", "AWS::Lambda::Function" -> logicalId;
            case "AWS::Logs::LogGroup" -> named(resource, "LogGroupName", "/aws/lambda/" + stackName + "-" + logicalId);
            case "AWS::Serverless::Api" -> "local";
            default -> stackName + "-" + logicalId;
        };
    }

    @Override
    public String attribute(String logicalId, String attribute) {
        Template.Resource resource = template.resources().get(logicalId);
        if (resource == null) {
            return null;
        }
        String id = ref(logicalId);
        if (id == null) {
            return null;
        }
        String regional = ":" + REGION + ":" + ACCOUNT_ID + ":";
        return switch (resource.type() + "." + attribute) {
            case "AWS::DynamoDB::Table.Arn" -> "arn:aws:dynamodb" + regional + "table/" + id;
            case "AWS::DynamoDB::Table.StreamArn" -> "arn:aws:dynamodb" + regional + "table/" + id + "/stream/local";
            case "AWS::S3::Bucket.Arn" -> "arn:aws:s3:::" + id;
            case "AWS::S3::Bucket.DomainName" -> id + ".s3.amazonaws.com";
            case "AWS::S3::Bucket.RegionalDomainName" -> id + ".s3." + REGION + ".amazonaws.com";
            case "AWS::Cognito::UserPool.Arn" -> "arn:aws:cognito-idp" + regional + "userpool/" + id;
            case "AWS::Cognito::UserPool.ProviderName" -> "cognito-idp." + REGION + ".amazonaws.com/" + id;
            case "AWS::KMS::Key.Arn" -> "arn:aws:kms" + regional + "key/" + id;
            case "AWS::KMS::Key.KeyId" -> id;
            case "AWS::Serverless::Function.Arn", "AWS::Lambda::Function.Arn" -> "arn:aws:lambda" + regional + "function:" + id;
            case "AWS::Logs::LogGroup.Arn" -> "arn:aws:logs" + regional + "log-group:" + id + ":*";
            default -> null;
        };
    }

    private String named(Template.Resource resource, String property, String fallback) {
        Object name = resource.properties().get(property);
        return name == null ? fallback : resolver.resolveString(name);
    }
}
