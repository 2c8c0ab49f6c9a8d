package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inductionrecords.emulators.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * template.yaml and deploy/secondary-site.yaml against the CloudFormation resource specification (npm
 * {@code @aws-cdk/aws-service-spec}, see {@link ServiceSpec}): what {@code sam validate} and cfn-lint would catch
 * first, a misspelt or unknown property, a missing required one, a value of the wrong kind, an attribute a type
 * does not have. What it cannot see: intrinsic values (known at deploy time), SAM's own properties below the top
 * level (see {@link TemplateCheck}), the Globals section, allowed values and patterns, and whether AWS accepts the
 * combination (that takes a deploy).
 */
class TemplateSpecificationTest {

    private final ServiceSpec spec = ServiceSpec.get();

    @Test
    void everyResourceOfTheStackTemplateIsValidAgainstTheSpec() {
        Template template = Template.load();

        assertEquals(List.of(), spec.problems(template));
        assertTrue(spec.resourceTypes() > 1000, "the spec read whole: " + spec.resourceTypes() + " types");
    }

    @Test
    void everyResourceOfTheSecondSiteTemplateIsValidAgainstTheSpec() {
        Template site = Template.load(Template.load().file().resolveSibling("deploy/secondary-site.yaml"));

        assertEquals(List.of(), spec.problems(site));
    }

    @Test
    void aMisspeltPropertyAtAnyDepthAMissingRequiredOneAndAnUnknownAttributeAreEachCaught(@TempDir Path dir)
            throws IOException {
        // given a template with mistakes a deploy would only find half-way through
        Path broken = dir.resolve("template.yaml");
        Files.writeString(broken, """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketEncription:
                        ServerSideEncryptionConfiguration: []
                      ObjectLockEnabled: yes please
                      ObjectLockConfiguration:
                        ObjectLockEnabled: Enabled
                        Rule:
                          DefaultRetention: { Mode: GOVERNANCE, Dayz: 14 }
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      KmsMasterKeyId: !GetAtt Bucket.KeyArn
                  Subscription:
                    Type: AWS::SNS::Subscription
                    Properties:
                      TopicArn: !Ref Topic
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y::handleRequest
                      SnapStart: { ApplyOn: PublishedVersions }
                      Timout: 30
                      Events:
                        Hourly: { Type: ScheduleV3, Properties: { ScheduleExpression: rate(1 hour) } }
                  Firewall:
                    Type: AWS::WAFv2::WebAcl
                """);

        // when it is checked
        List<String> problems = spec.problems(Template.load(broken));

        // then each mistake is named with its path
        assertHas(problems, "Bucket.BucketEncription: no such property");
        assertHas(problems, "Bucket.ObjectLockEnabled: expected true or false");
        assertHas(problems, "Bucket.ObjectLockConfiguration.Rule.DefaultRetention.Dayz: no such property");
        assertHas(problems, "Queue: Bucket (AWS::S3::Bucket) has no attribute KeyArn");
        assertHas(problems, "Subscription.Protocol: required, missing");
        assertHas(problems, "Function.Timout: not a property of AWS::Serverless::Function");
        assertHas(problems, "Function.Events.Hourly.Type: not a SAM event type: ScheduleV3");
        assertHas(problems, "Firewall: no resource type AWS::WAFv2::WebAcl");
        assertTrue(problems.stream().noneMatch(p -> p.contains("SnapStart")), "a newer SAM property is known: " + problems);
    }

    private static void assertHas(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), "expected \"" + start + "...\" in " + problems);
    }
}
