package org.inductionrecords.users;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.time.Clock;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;
import org.inductionrecords.api.ApiRequest;
import org.inductionrecords.api.ApiResponses;
import org.inductionrecords.api.ApiRoutes;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.calendar.TermDatesRegister;
import org.inductionrecords.core.user.AdminMfa;
import org.inductionrecords.core.user.Logins;
import org.inductionrecords.core.user.NewUser;
import org.inductionrecords.core.user.ReminderSetting;
import org.inductionrecords.core.user.RequestOrigin;
import org.inductionrecords.core.user.School;
import org.inductionrecords.core.user.SchoolRegister;
import org.inductionrecords.core.user.UserDirectory;
import org.inductionrecords.core.user.UserProvisioning;
import org.inductionrecords.core.validation.Text;
import org.inductionrecords.identity.CognitoLogins;
import org.inductionrecords.store.DynamoCallerLookup;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.TermDatesStore;
import org.inductionrecords.store.UserStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * UsersFunction: schools, tiered user provisioning, {@code /me}, the caller's second factor and term dates (CONTRACT.md sections 2, 3
 * and 7). Each route reads its inputs, hands them to {@link UserProvisioning}, {@link SchoolRegister} (whose
 * tier rules are in ProvisioningPolicy) or {@link TermDatesRegister} and answers the contract's record.
 */
public final class UsersHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final UserProvisioning users;
    private final SchoolRegister schools;
    private final TermDatesRegister termDates;
    private final ApiRoutes routes;
    /** Held here: the CRaC context may keep its resources only weakly. */
    private final Resource priming;

    public UsersHandler() {
        this(System.getenv());
    }

    public UsersHandler(Map<String, String> env) {
        this(new FunctionEnvironment(env), CognitoLogins.create(new FunctionEnvironment(env)));
    }

    /** With another {@link Logins} (tests inject a fault with it); everything else as in Lambda. */
    UsersHandler(FunctionEnvironment env, Logins logins) {
        DynamoDbClient dynamo = DynamoClients.create();
        UserDirectory directory = new UserStore(dynamo, env.require("TABLE_NAME"));
        AdminMfa adminMfa = AdminMfa.from(env);
        this.users = new UserProvisioning(directory, logins, adminMfa, Clock.systemUTC());
        this.schools = new SchoolRegister(directory, adminMfa, Clock.systemUTC());
        this.termDates = new TermDatesRegister(new DynamoCallerLookup(dynamo, env.require("TABLE_NAME")), adminMfa,
                new TermDatesStore(dynamo, env.require("TABLE_NAME")), Clock.systemUTC());
        this.routes = new ApiRoutes()
                .allowingOrigin(env.optional("WEB_ORIGIN"))
                .on("GET", "/me", this::me)
                .on("POST", "/me/mfa", this::recordMfa)
                .on("PATCH", "/me", this::setReminders)
                .on("POST", "/schools", this::createSchool)
                .on("GET", "/schools", this::listSchools)
                .on("GET", "/schools/{urn}", this::getSchool)
                .on("POST", "/schools/{urn}/users", this::createSchoolUser)
                .on("GET", "/schools/{urn}/users", this::listUsers)
                .on("POST", "/users/{userId}/suspend", this::suspend)
                .on("POST", "/users/{userId}/reactivate", this::reactivate)
                .on("PUT", "/term-dates/{academicYear}", this::recordTermDates)
                .on("GET", "/term-dates", this::listTermDates);
        this.priming = new UsersPriming(this, logins instanceof CognitoLogins cognito ? cognito::primeRead : () -> { });
        Core.getGlobalContext().register(priming);
    }

    /** The SnapStart priming hook registered for this instance. */
    Resource priming() {
        return priming;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return routes.handle(event, context);
    }

    private APIGatewayProxyResponseEvent me(ApiRequest request) {
        return ApiResponses.json(200, UserResponse.of(users.me(origin(request))));
    }

    private APIGatewayProxyResponseEvent recordMfa(ApiRequest request) {
        return ApiResponses.json(200, new MfaResponse(users.recordMfa(origin(request)).name()));
    }

    private APIGatewayProxyResponseEvent setReminders(ApiRequest request) {
        RequestOrigin origin = origin(request);
        ReminderSetting setting = ReminderSetting.read(request.body());
        return ApiResponses.json(200, UserResponse.of(users.setReminders(origin, setting)));
    }

    private APIGatewayProxyResponseEvent createSchool(ApiRequest request) {
        RequestOrigin origin = origin(request);
        School school = School.read(request.body());
        return ApiResponses.json(201, SchoolResponse.of(schools.create(origin, school)));
    }

    private APIGatewayProxyResponseEvent listSchools(ApiRequest request) {
        RequestOrigin origin = origin(request);
        return ApiResponses.json(200, ListResponse.of(
                schools.list(origin, request.query("nextToken"), request.pageLimit()), SchoolResponse::of));
    }

    private APIGatewayProxyResponseEvent getSchool(ApiRequest request) {
        RequestOrigin origin = origin(request);
        return ApiResponses.json(200, SchoolResponse.of(schools.get(origin, urn(request))));
    }

    private APIGatewayProxyResponseEvent createSchoolUser(ApiRequest request) {
        RequestOrigin origin = origin(request);
        String urn = urn(request);
        NewUser newUser = NewUser.read(request.body());
        return ApiResponses.json(201, UserResponse.of(users.create(origin, urn, newUser)));
    }

    private APIGatewayProxyResponseEvent listUsers(ApiRequest request) {
        RequestOrigin origin = origin(request);
        return ApiResponses.json(200, ListResponse.of(
                users.list(origin, urn(request), request.query("nextToken"), request.pageLimit()), UserResponse::of));
    }

    private APIGatewayProxyResponseEvent suspend(ApiRequest request) {
        RequestOrigin origin = origin(request);
        return ApiResponses.json(200, UserResponse.of(users.suspend(origin, userId(request))));
    }

    private APIGatewayProxyResponseEvent reactivate(ApiRequest request) {
        RequestOrigin origin = origin(request);
        return ApiResponses.json(200, UserResponse.of(users.reactivate(origin, userId(request))));
    }

    private APIGatewayProxyResponseEvent recordTermDates(ApiRequest request) {
        RequestOrigin origin = origin(request);
        TermDates dates = TermDates.read(TermDates.academicYear(request.pathParameter("academicYear")), request.body());
        return ApiResponses.json(200, TermDatesResponse.of(termDates.record(origin, dates)));
    }

    private APIGatewayProxyResponseEvent listTermDates(ApiRequest request) {
        return ApiResponses.json(200, new ListResponse<>(termDates.list(origin(request)).stream()
                .map(TermDatesResponse::of).toList(), java.util.Optional.empty()));
    }

    // ---------------------------------------------------------------- request parts

    private static RequestOrigin origin(ApiRequest request) {
        return new RequestOrigin(request.callerId(), request.sourceIp());
    }

    private static String urn(ApiRequest request) {
        return Text.urn(request.pathParameter("urn"));
    }

    private static String userId(ApiRequest request) {
        return Text.id("userId", request.pathParameter("userId"));
    }
}
