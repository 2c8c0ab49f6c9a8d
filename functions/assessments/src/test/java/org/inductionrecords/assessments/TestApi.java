package org.inductionrecords.assessments;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.Keys;
import org.inductionrecords.store.UserItems;
import org.inductionrecords.testing.ApiGatewayEvent;
import org.inductionrecords.testing.RoundTrips;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The AssessmentsFunction as API Gateway invokes it, on its own stack in the emulators: events
 * shaped like the Cognito-authorised proxy integration, users and schools seeded directly as items,
 * and the DynamoDB round trips of each request counted.
 */
final class TestApi {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final Stack stack;
    final DynamoDbClient dynamo;
    final AssessmentsHandler handler;
    /** Round trips of the last request, by operation. */
    Map<String, Integer> lastRoundTrips = Map.of();

    TestApi(String stackName) {
        this(stackName, java.time.Clock.systemUTC());
    }

    /** With a pinned clock: "today" of the schedule and the tasks. */
    TestApi(String stackName, java.time.Clock clock) {
        Emulators emulators = Emulators.shared();
        this.stack = emulators.createStack(stackName);
        this.dynamo = emulators.dynamoDb();
        this.handler = new AssessmentsHandler(stack.environment("AssessmentsFunction"), clock);
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    // ---------------------------------------------------------------- seeding

    void school(String urn) {
        dynamo.putItem(b -> b.tableName(stack.tableName()).item(Map.of(
                Keys.PK, AttributeValue.fromS(Keys.school(urn)), Keys.SK, AttributeValue.fromS("SCHOOL"),
                Keys.TYPE, AttributeValue.fromS("SCHOOL"), "urn", AttributeValue.fromS(urn),
                "name", AttributeValue.fromS("School " + urn),
                Keys.GSI1_PK, AttributeValue.fromS("SCHOOLS"), Keys.GSI1_SK, AttributeValue.fromS(urn))));
    }

    User user(Role role, String urn) {
        return user(role, urn, Optional.empty(), UserStatus.ACTIVE);
    }

    User nqt(String urn, String trn) {
        return user(Role.NQT, urn, Optional.of(trn), UserStatus.ACTIVE);
    }

    User user(Role role, String urn, Optional<String> trn, UserStatus status) {
        String id = UUID.randomUUID().toString();
        User user = new User(id, id.substring(0, 8) + "@example.org", "Given", "Family", role,
                role == Role.AB_ADMIN ? Optional.empty() : Optional.of(urn), trn, status);
        dynamo.putItem(b -> b.tableName(stack.tableName()).item(UserItems.toItem(user)));
        return user;
    }

    /** Every item of one partition (an induction's, an audit trail), as stored. */
    java.util.List<Map<String, AttributeValue>> partition(String pk) {
        return dynamo.query(b -> b.tableName(stack.tableName()).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(pk)))).items();
    }

    long itemCount() {
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = dynamo.scan(b -> b.tableName(stack.tableName()).select(Select.COUNT)
                    .exclusiveStartKey(from));
            count += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    // ---------------------------------------------------------------- requests

    record Response(int status, String body) {
        JsonNode json() {
            return Json.tree(body);
        }

        String text(String field) {
            return json().path(field).asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Response post(User caller, String path, Object body) {
        return send(caller, "POST", path, body instanceof String s ? s : Json.write(body), Map.of());
    }

    Response post(User caller, String path, Object body, Map<String, String> headers) {
        return send(caller, "POST", path, body instanceof String s ? s : Json.write(body), headers);
    }

    Response patch(User caller, String path, Object body) {
        return send(caller, "PATCH", path, body instanceof String s ? s : Json.write(body), Map.of());
    }

    Response put(User caller, String path, Object body) {
        return send(caller, "PUT", path, body instanceof String s ? s : Json.write(body), Map.of());
    }

    Response get(User caller, String path) {
        return send(caller, "GET", path, null, Map.of());
    }

    private static final Pattern[] ROUTES = {
            Pattern.compile("/schools/(?<urn>[^/]+)/inductions"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/assessments"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/assessments/(?<assessmentId>[^/]+)"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/assessments/(?<assessmentId>[^/]+)/sign"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/assessments/(?<assessmentId>[^/]+)/acknowledge"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/assessments/(?<assessmentId>[^/]+)/versions"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/assessments/(?<assessmentId>[^/]+)/approve"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/assessments/(?<assessmentId>[^/]+)/return"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/schedule"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/outcome"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/legal-hold"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/extensions"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/reductions"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/statutory-leave"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/leave"),
            Pattern.compile("/inductions/(?<inductionId>[^/]+)/close"),
            Pattern.compile("/me/export"),
            Pattern.compile("/teachers/(?<trn>[^/]+)"),
    };

    /** The proxy event API Gateway builds for this path, with the authorizer's claims of the caller. */
    static APIGatewayProxyRequestEvent event(Optional<User> caller, String method, String path, String body,
                                             Map<String, String> headers) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Map<String, String> query = new HashMap<>();
        if (path.contains("?")) {
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        String resource = pathOnly;
        Map<String, String> params = new LinkedHashMap<>();
        for (Pattern route : ROUTES) {
            Matcher m = route.matcher(pathOnly);
            if (m.matches()) {
                resource = route.pattern();
                for (String name : new String[] {"urn", "inductionId", "assessmentId", "trn"}) {
                    if (route.pattern().contains("<" + name + ">")) {
                        params.put(name, m.group(name));
                        resource = resource.replace("(?<" + name + ">[^/]+)", "{" + name + "}");
                    }
                }
            }
        }
        ApiGatewayEvent event = ApiGatewayEvent.request(method, resource).path(pathOnly).pathParameters(params)
                .query(query);
        caller.ifPresent(user -> event.caller(user.userId()));
        return event.headers(headers).body(body).build();
    }

    Response send(User caller, String method, String path, String body, Map<String, String> headers) {
        return send(event(Optional.ofNullable(caller), method, path, body, headers));
    }

    synchronized Response send(APIGatewayProxyRequestEvent event) {
        RoundTrips.reset();
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        lastRoundTrips = RoundTrips.operationsOf("DynamoDb");
        return new Response(response.getStatusCode(), response.getBody());
    }

    java.util.Set<String> handlerRoutes() {
        return handler.routeKeys();
    }

    /** For concurrency tests: no shared round-trip bookkeeping. */
    Response sendConcurrently(User caller, String method, String path, String body) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(
                event(Optional.of(caller), method, path, body, Map.of()), null);
        return new Response(response.getStatusCode(), response.getBody());
    }
}
