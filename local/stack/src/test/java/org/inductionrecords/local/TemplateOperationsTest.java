package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inductionrecords.emulators.Template;
import org.junit.jupiter.api.Test;

/**
 * template.yaml's operations (README "Alarms"): every alarm reaches the operator's topic, both ways; the topic and
 * the dead-letter queue are KMS-encrypted; every schedule has the dead-letter queue; the dead man's switches watch
 * the metrics the functions print; API 5xx and every function's throttles are alarmed.
 */
class TemplateOperationsTest {

    private static final Map<String, Object> TOPIC = Map.of("Ref", "OperatorAlerts");

    private final Template template = Template.load();

    @Test
    void everyAlarmNotifiesTheOperatorTopicWhenItFiresAndWhenItClears() {
        List<Template.Resource> alarms = template.resourcesOfType("AWS::CloudWatch::Alarm");
        assertFalse(alarms.isEmpty());
        for (Template.Resource alarm : alarms) {
            assertEquals(List.of(TOPIC), alarm.properties().get("AlarmActions"), alarm.logicalId() + " AlarmActions");
            assertEquals(List.of(TOPIC), alarm.properties().get("OKActions"), alarm.logicalId() + " OKActions");
        }
    }

    @Test
    void theTopicIsEncryptedAndMailsTheOperatorEmailParameter() {
        assertEquals(Map.of("Ref", "AlertsKey"), template.resource("OperatorAlerts").properties().get("KmsMasterKeyId"));
        Template.Resource subscription = template.resourcesOfType("AWS::SNS::Subscription").get(0);
        assertEquals(TOPIC, subscription.properties().get("TopicArn"));
        assertEquals("email", subscription.properties().get("Protocol"));
        assertEquals(Map.of("Ref", "OperatorEmail"), subscription.properties().get("Endpoint"));
        assertFalse(map(map(template.root().get("Parameters")).get("OperatorEmail")).containsKey("Default"),
                "a deployment must name who the alarms reach");
    }

    @Test
    void everyScheduleSendsWhatFailsEveryRetryToTheEncryptedDeadLetterQueue() {
        int schedules = 0;
        for (String function : template.functionIds()) {
            for (Map.Entry<String, Object> event : map(template.resource(function).properties().get("Events")).entrySet()) {
                Map<String, Object> body = map(event.getValue());
                String type = String.valueOf(body.get("Type"));
                if (!type.equals("Schedule") && !type.equals("ScheduleV2")) {
                    continue;
                }
                schedules++;
                Map<String, Object> props = map(body.get("Properties"));
                assertEquals(Map.of("Arn", Map.of("Fn::GetAtt", List.of("ScheduleDeadLetters", "Arn"))),
                        props.get("DeadLetterConfig"), function + "." + event.getKey() + " DeadLetterConfig");
                assertEquals(Map.of("Fn::GetAtt", List.of("SchedulesRole", "Arn")), props.get("RoleArn"),
                        function + "." + event.getKey() + " runs as SchedulesRole, which may send to the queue");
                assertTrue(map(props.get("RetryPolicy")).containsKey("MaximumRetryAttempts"), function + " retries");
            }
        }
        assertTrue(schedules >= 3, "backup, retention sweep and restore drill schedules: " + schedules);
        assertEquals(Map.of("Ref", "AlertsKey"), template.resource("ScheduleDeadLetters").properties().get("KmsMasterKeyId"));
        assertEquals(List.of(Map.of("Name", "QueueName", "Value", Map.of("Fn::GetAtt", List.of("ScheduleDeadLetters", "QueueName")))),
                alarm("ScheduleDeadLettersAlarm").get("Dimensions"));
    }

    @Test
    void theSchedulesRoleMayInvokeEveryScheduledFunctionAndSendToTheQueueOnly() {
        List<String> scheduled = new ArrayList<>();
        template.functions().stream().filter(f -> !f.schedules().isEmpty()).forEach(f -> scheduled.add(f.logicalId()));
        Map<String, Object> role = template.resource("SchedulesRole").properties();
        List<?> statements = (List<?>) map(map(((List<?>) role.get("Policies")).get(0)).get("PolicyDocument")).get("Statement");
        Set<String> actions = new TreeSet<>();
        List<String> invoked = new ArrayList<>();
        for (Object raw : statements) {
            Map<String, Object> statement = map(raw);
            actions.addAll(IamPolicy.strings(statement.get("Action")));
            if (IamPolicy.strings(statement.get("Action")).contains("lambda:InvokeFunction")) {
                for (Object resource : (List<?>) statement.get("Resource")) {
                    invoked.add(String.valueOf(((List<?>) map(resource).get("Fn::GetAtt")).get(0)));
                }
            }
        }
        assertEquals(new TreeSet<>(scheduled), new TreeSet<>(invoked));
        assertEquals(Set.of("lambda:InvokeFunction", "sqs:SendMessage", "kms:Decrypt", "kms:GenerateDataKey"), actions);
    }

    @Test
    void deadMansSwitchesFireWhenTheirMetricIsMissingForLongEnough() {
        Map<String, Integer> windowHours = Map.of("BackupCompletedPrimaryAlarm", 7, "BackupCompletedSecondaryAlarm", 7,
                "RetentionSweepCompletedAlarm", 26, "RestoreDrillVerifiedPrimaryAlarm", 7 * 24,
                "RestoreDrillVerifiedSecondaryAlarm", 7 * 24, "ReminderRunCompletedAlarm", 26);
        windowHours.forEach((id, hours) -> {
            Map<String, Object> alarm = alarm(id);
            assertEquals("breaching", alarm.get("TreatMissingData"), id);
            assertEquals("LessThanThreshold", alarm.get("ComparisonOperator"), id);
            assertEquals(hours * 3600, ((Number) alarm.get("Period")).intValue() * ((Number) alarm.get("EvaluationPeriods")).intValue(), id);
            assertEquals(alarm.get("EvaluationPeriods"), alarm.get("DatapointsToAlarm"), id + ": every period empty");
            assertEquals(template.globalFunction().get("Environment") instanceof Map<?, ?> env
                    ? map(map(env).get("Variables")).get("METRICS_NAMESPACE") : null, alarm.get("Namespace"),
                    id + " watches the namespace the functions print to");
        });
        assertEquals(List.of(Map.of("Name", "Site", "Value", "primary")), alarm("BackupCompletedPrimaryAlarm").get("Dimensions"));
        assertEquals(List.of(Map.of("Name", "Site", "Value", "secondary")), alarm("BackupCompletedSecondaryAlarm").get("Dimensions"));
        assertEquals("BackupCompleted", alarm("BackupCompletedPrimaryAlarm").get("MetricName"));
        assertEquals("RetentionSweepCompleted", alarm("RetentionSweepCompletedAlarm").get("MetricName"));
        assertEquals("ReminderRunCompleted", alarm("ReminderRunCompletedAlarm").get("MetricName"));
        assertEquals("RestoreDrillVerified", alarm("RestoreDrillVerifiedSecondaryAlarm").get("MetricName"));
        assertEquals(List.of(Map.of("Name", "Site", "Value", "secondary")), alarm("RestoreDrillVerifiedSecondaryAlarm").get("Dimensions"));
    }

    @Test
    void apiServerErrorsAndEveryFunctionsThrottlesAreAlarmed() {
        Map<String, Object> api = alarm("ApiServerErrorsAlarm");
        assertEquals("AWS/ApiGateway", api.get("Namespace"));
        assertEquals("5XXError", api.get("MetricName"));
        assertEquals(template.resource("Api").properties().get("Name"),
                map(((List<?>) api.get("Dimensions")).get(0)).get("Value"), "the API's own name");
        Set<String> throttled = new TreeSet<>();
        for (Object raw : (List<?>) alarm("LambdaThrottlesAlarm").get("Metrics")) {
            Map<String, Object> metric = map(map(map(raw).get("MetricStat")).get("Metric"));
            if ("Throttles".equals(metric.get("MetricName"))) {
                throttled.add(String.valueOf(map(map(((List<?>) metric.get("Dimensions")).get(0)).get("Value")).get("Ref")));
            }
        }
        assertEquals(new TreeSet<>(template.functionIds()), throttled);
    }

    @Test
    void aRegionalWebAclWithTheManagedRulesAndAPerIpRateLimitGuardsTheApiStage() {
        List<Template.Resource> acls = template.resourcesOfType("AWS::WAFv2::WebACL");
        assertEquals(1, acls.size());
        Map<String, Object> acl = acls.get(0).properties();
        assertEquals("REGIONAL", acl.get("Scope"));
        assertEquals(Map.of("Allow", Map.of()), acl.get("DefaultAction"));
        Set<String> managed = new TreeSet<>();
        Map<String, Object> rate = null;
        for (Object raw : (List<?>) acl.get("Rules")) {
            Map<String, Object> rule = map(raw);
            Map<String, Object> statement = map(rule.get("Statement"));
            assertTrue(map(rule.get("VisibilityConfig")).containsKey("MetricName"), rule.get("Name") + " metrics");
            if (statement.containsKey("ManagedRuleGroupStatement")) {
                Map<String, Object> group = map(statement.get("ManagedRuleGroupStatement"));
                assertEquals("AWS", group.get("VendorName"));
                assertEquals(Map.of("None", Map.of()), rule.get("OverrideAction"), group.get("Name") + " blocks what it matches");
                managed.add(String.valueOf(group.get("Name")));
            }
            if (statement.containsKey("RateBasedStatement")) {
                rate = map(statement.get("RateBasedStatement"));
                assertEquals(Map.of("Block", Map.of()), rule.get("Action"));
            }
        }
        assertEquals(Set.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"), managed);
        assertTrue(rate != null, "a rate-based rule");
        assertEquals("IP", rate.get("AggregateKeyType"));
        assertEquals(Map.of("Ref", "ApiRequestsPerIpPer5Minutes"), rate.get("Limit"));

        List<Template.Resource> associations = template.resourcesOfType("AWS::WAFv2::WebACLAssociation");
        assertEquals(1, associations.size());
        Map<String, Object> association = associations.get(0).properties();
        assertEquals(Map.of("Fn::GetAtt", List.of(acls.get(0).logicalId(), "Arn")), association.get("WebACLArn"));
        String stageArn = String.valueOf(map(association.get("ResourceArn")).get("Fn::Sub"));
        assertEquals("arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/${Api.Stage}", stageArn,
                "the API's own stage");
        assertEquals("AWS::Serverless::Api", template.resource("Api").type());
    }

    /**
     * CONTRACT.md section 9: a function's binary answer (ApiResponses.binary, base64 with isBase64Encoded) reaches
     * the client as bytes only if the API declares its type a binary media type (and the client's first Accept
     * names it); everything else the API answers or takes (JSON, CSV) stays text, a CSV upload included.
     */
    @Test
    void everyBinaryAnswerOfTheFunctionsIsABinaryMediaTypeOfTheApiAndNothingElseIs() throws java.io.IOException {
        Set<String> answered = new TreeSet<>();
        java.util.regex.Pattern binary = java.util.regex.Pattern.compile("ApiResponses\\.binary\\(\"([^\"]+)\"");
        try (var sources = java.nio.file.Files.walk(template.file().getParent().resolve("functions"))) {
            for (java.nio.file.Path source : sources.filter(p -> p.toString().endsWith(".java")
                    && p.toString().contains("/src/main/")).toList()) {
                java.util.regex.Matcher found = binary.matcher(java.nio.file.Files.readString(source));
                while (found.find()) {
                    answered.add(found.group(1));
                }
            }
        }
        assertEquals(Set.of("application/pdf"), answered, "the binary answers the functions give");
        BinaryMediaTypes declared = BinaryMediaTypes.of(template);
        answered.forEach(type -> assertTrue(declared.responseIsBinary(type), type + " is a binary media type"));
        for (String text : List.of("application/json", "text/csv", "text/csv; charset=utf-8", "*/*")) {
            assertFalse(declared.responseIsBinary(text), text + " answers stay text");
            assertFalse(declared.requestIsBinary(text), text + " bodies reach the function as text");
        }
    }

    /**
     * PutMetricAlarm's limits (CloudWatch API reference, EvaluationPeriods): Period x EvaluationPeriods at most
     * 7 days, or 1 day for periods under an hour; periods of an hour or more are whole hours. Why the drill's
     * switch is 7 whole days rather than 8.
     */
    @Test
    void everyAlarmsEvaluationRangeIsOneCloudWatchAccepts() {
        for (Template.Resource alarm : template.resourcesOfType("AWS::CloudWatch::Alarm")) {
            Map<String, Object> props = alarm.properties();
            int evaluations = ((Number) props.get("EvaluationPeriods")).intValue();
            List<Integer> periods = new ArrayList<>();
            if (props.get("Period") instanceof Number period) {
                periods.add(period.intValue());
            }
            for (Object metric : props.get("Metrics") instanceof List<?> list ? list : List.of()) {
                if (map(map(metric).get("MetricStat")).get("Period") instanceof Number period) {
                    periods.add(period.intValue());
                }
            }
            assertFalse(periods.isEmpty(), alarm.logicalId() + " has a period");
            for (int period : periods) {
                long range = (long) period * evaluations;
                assertTrue(range <= (period < 3600 ? 86_400 : 604_800), alarm.logicalId() + ": " + range + " s");
                assertTrue(period < 3600 ? period % 60 == 0 || period == 10 || period == 30 : period % 3600 == 0,
                        alarm.logicalId() + " period " + period);
            }
            Object toAlarm = props.getOrDefault("DatapointsToAlarm", evaluations);
            assertTrue(((Number) toAlarm).intValue() <= evaluations, alarm.logicalId());
        }
    }

    private Map<String, Object> alarm(String id) {
        Template.Resource alarm = template.resource(id);
        assertEquals("AWS::CloudWatch::Alarm", alarm.type());
        return alarm.properties();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
