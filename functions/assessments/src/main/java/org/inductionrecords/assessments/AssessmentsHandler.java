package org.inductionrecords.assessments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.crac.Core;
import org.crac.Resource;
import org.inductionrecords.api.ApiRequest;
import org.inductionrecords.api.ApiResponses;
import org.inductionrecords.api.ApiRoutes;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.induction.Actor;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionFilter;
import org.inductionrecords.core.induction.InductionService;
import org.inductionrecords.core.induction.StoredResponse;
import org.inductionrecords.core.user.CallerLookup;
import org.inductionrecords.core.user.Callers;
import org.inductionrecords.core.validation.Text;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.DynamoCallerLookup;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.InductionDynamoStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * AssessmentsFunction: inductions, assessments and their workflow, outcomes, legal hold (CONTRACT.md
 * section 3), extensions and reductions (section 6). Each route resolves the caller from its own user record, hands the request to
 * {@link InductionService} and turns the result into the contract's record.
 */
public final class AssessmentsHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final CallerLookup callers;
    private final InductionService service;
    private final ApiRoutes routes;
    /** Held here: the CRaC context may keep its resources only weakly. */
    private final Resource priming;

    public AssessmentsHandler() {
        this(System.getenv());
    }

    public AssessmentsHandler(Map<String, String> env) {
        String table = new FunctionEnvironment(env).require("TABLE_NAME");
        DynamoDbClient dynamo = DynamoClients.create();
        this.callers = new DynamoCallerLookup(dynamo, table);
        this.service = new InductionService(new InductionDynamoStore(dynamo, table), Clock.systemUTC(),
                () -> UUID.randomUUID().toString());
        this.routes = new ApiRoutes()
                .allowingOrigin(new FunctionEnvironment(env).optional("WEB_ORIGIN"))
                .on("POST", "/schools/{urn}/inductions", this::register)
                .on("GET", "/schools/{urn}/inductions", this::listInductions)
                .on("GET", "/inductions", this::listAcrossSchools)
                .on("GET", "/inductions/{inductionId}", this::getInduction)
                .on("POST", "/inductions/{inductionId}/assessments", this::submit)
                .on("GET", "/inductions/{inductionId}/assessments", this::listAssessments)
                .on("GET", "/inductions/{inductionId}/assessments/{assessmentId}", this::getAssessment)
                .on("POST", "/inductions/{inductionId}/assessments/{assessmentId}/sign", this::sign)
                .on("POST", "/inductions/{inductionId}/assessments/{assessmentId}/acknowledge", this::acknowledge)
                .on("POST", "/inductions/{inductionId}/outcome", this::recordOutcome)
                .on("POST", "/inductions/{inductionId}/legal-hold", this::setLegalHold)
                .on("POST", "/inductions/{inductionId}/extensions", this::recordExtension)
                .on("POST", "/inductions/{inductionId}/reductions", this::recordReduction)
                .on("POST", "/inductions/{inductionId}/statutory-leave", this::countStatutoryLeave);
        new DataSubjectRoutes(dynamo, table, callers).addTo(routes);
        this.priming = new AssessmentsPriming(this);
        Core.getGlobalContext().register(priming);
    }

    /** The SnapStart priming hook registered for this instance. */
    Resource priming() {
        return priming;
    }

    /** The route keys served, as declared in template.yaml. */
    java.util.Set<String> routeKeys() {
        return routes.routeKeys();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return routes.handle(event, context);
    }

    private APIGatewayProxyResponseEvent register(ApiRequest request) {
        Actor actor = actor(request);
        String urn = Text.urn(request.pathParameter("urn"));
        return induction(201, service.register(actor, urn, request.body()));
    }

    private APIGatewayProxyResponseEvent listInductions(ApiRequest request) {
        Actor actor = actor(request);
        String urn = Text.urn(request.pathParameter("urn"));
        return ApiResponses.json(200, ListResponse.of(
                service.list(actor, urn, request.query("nextToken"), request.pageLimit()), InductionResponse::of));
    }

    private APIGatewayProxyResponseEvent listAcrossSchools(ApiRequest request) {
        Actor actor = actor(request);
        InductionFilter filter = InductionFilter.of(request.query("status"), request.query("q"), request.query("urn"));
        return ApiResponses.json(200, ListResponse.of(
                service.listAcross(actor, filter, request.query("nextToken"), request.pageLimit()), InductionResponse::of));
    }

    private APIGatewayProxyResponseEvent getInduction(ApiRequest request) {
        Actor actor = actor(request);
        return induction(200, service.get(actor, inductionId(request)));
    }

    private APIGatewayProxyResponseEvent submit(ApiRequest request) {
        Actor actor = actor(request);
        String inductionId = inductionId(request);
        StoredResponse answer = service.submit(actor, inductionId, request.body(), request.idempotencyKey(),
                assessment -> Json.write(AssessmentResponse.of(assessment)));
        return ApiResponses.raw(answer.statusCode(), answer.body());
    }

    private APIGatewayProxyResponseEvent listAssessments(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, ListResponse.of(service.listAssessments(actor, inductionId(request),
                request.query("nextToken"), request.pageLimit()), AssessmentResponse::of));
    }

    private APIGatewayProxyResponseEvent getAssessment(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, AssessmentResponse.of(
                service.getAssessment(actor, inductionId(request), assessmentId(request))));
    }

    private APIGatewayProxyResponseEvent sign(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, AssessmentResponse.of(
                service.sign(actor, inductionId(request), assessmentId(request))));
    }

    private APIGatewayProxyResponseEvent acknowledge(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, AssessmentResponse.of(service.acknowledge(actor, inductionId(request),
                assessmentId(request), request.optionalBody())));
    }

    private APIGatewayProxyResponseEvent recordOutcome(ApiRequest request) {
        Actor actor = actor(request);
        return induction(200, service.recordOutcome(actor, inductionId(request), request.body()));
    }

    private APIGatewayProxyResponseEvent setLegalHold(ApiRequest request) {
        Actor actor = actor(request);
        return induction(200, service.setLegalHold(actor, inductionId(request), request.body()));
    }

    private APIGatewayProxyResponseEvent recordExtension(ApiRequest request) {
        Actor actor = actor(request);
        return induction(201, service.recordExtension(actor, inductionId(request), request.body()));
    }

    private APIGatewayProxyResponseEvent recordReduction(ApiRequest request) {
        Actor actor = actor(request);
        return induction(201, service.recordReduction(actor, inductionId(request), request.body()));
    }

    private APIGatewayProxyResponseEvent countStatutoryLeave(ApiRequest request) {
        Actor actor = actor(request);
        return induction(200, service.countStatutoryLeave(actor, inductionId(request), request.body()));
    }

    private static APIGatewayProxyResponseEvent induction(int status, Induction induction) {
        return ApiResponses.json(status, InductionResponse.of(induction));
    }

    // ---------------------------------------------------------------- request parts

    private Actor actor(ApiRequest request) {
        return new Actor(Callers.requireActive(callers, request.callerId()), request.sourceIp());
    }

    private static String inductionId(ApiRequest request) {
        return Text.id("inductionId", request.pathParameter("inductionId"));
    }

    private static String assessmentId(ApiRequest request) {
        return Text.pathParameter("assessmentId", request.pathParameter("assessmentId"), Assessment.ID_FORMAT,
                "is not an assessment id (T<term>-<KIND>)");
    }
}
