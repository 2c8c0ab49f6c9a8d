package org.inductionrecords.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Teacher;
import org.inductionrecords.core.user.Logins;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.identity.CognitoLogins;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.testing.ApiGatewayEvent;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The function as API Gateway drives it: proxy events carrying the authorizer's {@code sub} claim, sent
 * to a UsersHandler built from the stack's environment as Lambda would see it. One per test class, each
 * on its own stack.
 */
final class UsersApi {

    static final String SOURCE_IP = ApiGatewayEvent.SOURCE_IP;

    record Response(int status, JsonNode body) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    final Stack stack;
    final Map<String, String> env;
    final UsersHandler handler;

    UsersApi(String stackName) {
        this.stack = Emulators.shared().createStack(stackName);
        this.env = stack.environment("UsersFunction");
        this.handler = new UsersHandler(env);
    }

    /** A handler whose logins are the given ones (the fault-injection test's wrapper). */
    UsersHandler handlerWith(Logins logins) {
        return new UsersHandler(new FunctionEnvironment(env), logins);
    }

    CognitoLogins realLogins() {
        return CognitoLogins.create(new FunctionEnvironment(env));
    }

    static APIGatewayProxyRequestEvent event(String callerId, String method, String resource,
                                             Map<String, String> pathParameters, String body, Map<String, String> query) {
        return ApiGatewayEvent.request(method, resource).pathParameters(pathParameters).query(query).caller(callerId)
                .body(body).build();
    }

    Response send(UsersHandler target, APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = target.handleRequest(event, null);
        String body = response.getBody();
        return new Response(response.getStatusCode(), body == null || body.isEmpty() ? null : Json.tree(body));
    }

    Response call(String callerId, String method, String resource, Map<String, String> pathParameters, String body,
                  Map<String, String> query) {
        return send(handler, event(callerId, method, resource, pathParameters, body, query));
    }

    Response get(String callerId, String resource, Map<String, String> pathParameters) {
        return call(callerId, "GET", resource, pathParameters, null, Map.of());
    }

    Response post(String callerId, String resource, Map<String, String> pathParameters, String body) {
        return call(callerId, "POST", resource, pathParameters, body, Map.of());
    }

    Response me(String callerId) {
        return get(callerId, "/me", Map.of());
    }

    Response createSchool(String callerId, String urn, String name) {
        return post(callerId, "/schools", Map.of(), Json.write(Map.of("urn", urn, "name", name)));
    }

    Response createUser(String callerId, String urn, String email, String role) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("givenName", "Given");
        body.put("familyName", "Family");
        body.put("role", role);
        if (role.equals("NQT")) {
            body.put("trn", trnFor(email));
        }
        return post(callerId, "/schools/{urn}/users", Map.of("urn", urn), Json.write(body));
    }

    /** An NQT login asked for with exactly this TRN. */
    Response createUserWithTrn(String callerId, String urn, String email, String trn) {
        return post(callerId, "/schools/{urn}/users", Map.of("urn", urn), Json.write(Map.of("email", email,
                "givenName", "Given", "familyName", "Family", "role", "NQT", "trn", trn)));
    }

    Response suspend(String callerId, String userId) {
        return post(callerId, "/users/{userId}/suspend", Map.of("userId", userId), null);
    }

    Response reactivate(String callerId, String userId) {
        return post(callerId, "/users/{userId}/reactivate", Map.of("userId", userId), null);
    }

    /**
     * A teacher with an induction in progress at the school, as AssessmentsFunction's registration leaves
     * it (the lock and the induction item; the users function has no registration route of its own). An NQT
     * login may be created only for such a TRN. Writing it again changes nothing.
     */
    void registerTeacher(String urn, String trn) {
        String inductionId = "induction-of-" + trn;
        Induction induction = Induction.register(inductionId, urn,
                new Teacher(trn, "Given", "Family", LocalDate.of(1995, 1, 1), java.util.Optional.empty()),
                Programme.ECT, LocalDate.of(2025, 9, 1), BigDecimal.ONE, "tutor-of-" + urn);
        var dynamo = stack.emulators().dynamoDb();
        dynamo.putItem(b -> b.tableName(stack.tableName()).item(InductionItems.lockItem(trn, inductionId)));
        dynamo.putItem(b -> b.tableName(stack.tableName()).item(InductionItems.toItem(induction)));
    }

    /** A 7-digit TRN derived from the email, so each NQT has its own. */
    static String trnFor(String email) {
        return String.format("%07d", Math.floorMod(email.hashCode(), 10_000_000));
    }

    /** Creates the first AB_ADMIN through BootstrapAdminFunction, as an operator would; answers its userId. */
    String bootstrapAdmin(String email) {
        return bootstrap(Json.write(Map.of("email", email, "givenName", "First", "familyName", "Admin"))).path("userId").asText();
    }

    JsonNode bootstrap(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new BootstrapAdminHandler(env).handleRequest(
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Json.tree(out.toString(StandardCharsets.UTF_8));
    }

    /** Every item in the stack's table (to show that a refused request wrote nothing). */
    int itemCount() {
        int count = 0;
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> start = null;
        do {
            var startKey = start;
            var page = stack.emulators().dynamoDb().scan(b -> b.tableName(stack.tableName()).select(Select.COUNT)
                    .exclusiveStartKey(startKey));
            count += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    boolean loginExists(String email) {
        try {
            stack.emulators().cognito().adminGetUser(b -> b.userPoolId(stack.userPoolId()).username(email));
            return true;
        } catch (software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException e) {
            return false;
        }
    }

    boolean loginEnabled(String email) {
        return stack.emulators().cognito().adminGetUser(b -> b.userPoolId(stack.userPoolId()).username(email)).enabled();
    }
}
