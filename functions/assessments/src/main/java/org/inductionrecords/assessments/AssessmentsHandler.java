package org.inductionrecords.assessments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.crac.Core;
import org.crac.Resource;
import org.inductionrecords.api.ApiRequest;
import org.inductionrecords.api.ApiResponses;
import org.inductionrecords.api.ApiRoutes;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.deadline.ScheduledAssessment;
import org.inductionrecords.core.induction.Actor;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionAccessPolicy;
import org.inductionrecords.core.induction.InductionFilter;
import org.inductionrecords.core.induction.InductionService;
import org.inductionrecords.core.induction.StoredResponse;
import org.inductionrecords.core.user.AdminMfa;
import org.inductionrecords.core.user.CallerLookup;
import org.inductionrecords.core.user.Callers;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.validation.Text;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.DynamoCallerLookup;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.InductionDynamoStore;
import org.inductionrecords.store.TaskDynamoStore;
import org.inductionrecords.core.task.TaskList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * AssessmentsFunction: inductions, assessments and their workflow, outcomes, legal hold (CONTRACT.md
 * section 3), extensions and reductions (section 6). Each route resolves the caller from its own user record, hands the request to
 * {@link InductionService} and turns the result into the contract's record.
 */
public final class AssessmentsHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final CallerLookup callers;
    private final AdminMfa adminMfa;
    private final InductionService service;
    private final TaskList tasks;
    /** Today is Europe/London's day of this clock (the schedule, the tasks). */
    private final Clock clock;
    private final ApiRoutes routes;
    /** Held here: the CRaC context may keep its resources only weakly. */
    private final Resource priming;

    public AssessmentsHandler() {
        this(System.getenv());
    }

    public AssessmentsHandler(Map<String, String> env) {
        this(env, Clock.systemUTC());
    }

    /** With the clock "today" is read from (Europe/London): tests pin it, so deadlines do not move under them. */
    public AssessmentsHandler(Map<String, String> env, Clock clock) {
        this.clock = clock;
        String table = new FunctionEnvironment(env).require("TABLE_NAME");
        DynamoDbClient dynamo = DynamoClients.create();
        this.callers = new DynamoCallerLookup(dynamo, table);
        this.adminMfa = AdminMfa.from(new FunctionEnvironment(env));
        this.service = new InductionService(new InductionDynamoStore(dynamo, table), clock,
                () -> UUID.randomUUID().toString());
        this.tasks = new TaskList(new TaskDynamoStore(dynamo, table));
        this.routes = new ApiRoutes()
                .allowingOrigin(new FunctionEnvironment(env).optional("WEB_ORIGIN"))
                .on("POST", "/schools/{urn}/inductions", this::register)
                .on("GET", "/schools/{urn}/inductions", this::listInductions)
                .on("GET", "/inductions", this::listAcrossSchools)
                .on("GET", "/inductions/{inductionId}", this::getInduction)
                .on("PATCH", "/inductions/{inductionId}", this::change)
                .on("POST", "/inductions/{inductionId}/leave", this::leave)
                .on("POST", "/inductions/{inductionId}/close", this::close)
                .on("POST", "/inductions/{inductionId}/assessments", this::submit)
                .on("GET", "/inductions/{inductionId}/assessments", this::listAssessments)
                .on("GET", "/inductions/{inductionId}/assessments/{assessmentId}", this::getAssessment)
                .on("POST", "/inductions/{inductionId}/assessments/{assessmentId}/sign", this::sign)
                .on("POST", "/inductions/{inductionId}/assessments/{assessmentId}/acknowledge", this::acknowledge)
                .on("PUT", "/inductions/{inductionId}/assessments/{assessmentId}", this::correct)
                .on("GET", "/inductions/{inductionId}/assessments/{assessmentId}/versions", this::versions)
                .on("POST", "/inductions/{inductionId}/assessments/{assessmentId}/approve", this::approve)
                .on("POST", "/inductions/{inductionId}/assessments/{assessmentId}/return", this::returnForCorrection)
                .on("GET", "/inductions/{inductionId}/schedule", this::schedule)
                .on("GET", "/tasks", this::tasks)
                .on("POST", "/inductions/{inductionId}/outcome", this::recordOutcome)
                .on("POST", "/inductions/{inductionId}/legal-hold", this::setLegalHold)
                .on("POST", "/inductions/{inductionId}/extensions", this::recordExtension)
                .on("POST", "/inductions/{inductionId}/reductions", this::recordReduction)
                .on("POST", "/inductions/{inductionId}/statutory-leave", this::countStatutoryLeave);
        new DataSubjectRoutes(dynamo, table, callers, adminMfa).addTo(routes);
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

    /** {@code ?former=true}: the inductions that had a period at this school and continued at another. */
    private APIGatewayProxyResponseEvent listInductions(ApiRequest request) {
        Actor actor = actor(request);
        String urn = Text.urn(request.pathParameter("urn"));
        boolean former = Text.flag("former", request.query("former"));
        if (former) {
            boolean whole = actor.user().role() == Role.AB_ADMIN;
            return ApiResponses.json(200, ListResponse.of(
                    service.listFormer(actor, urn, request.query("nextToken"), request.pageLimit()),
                    induction -> whole ? InductionResponse.of(induction) : InductionResponse.former(induction, urn)));
        }
        return listed(service.list(actor, urn, request.query("nextToken"), request.pageLimit()));
    }

    private APIGatewayProxyResponseEvent listAcrossSchools(ApiRequest request) {
        Actor actor = actor(request);
        InductionFilter filter = InductionFilter.of(request.query("status"), request.query("q"), request.query("urn"));
        return listed(service.listAcross(actor, filter, request.query("nextToken"), request.pageLimit()));
    }

    /** A page of inductions, each next assessment with its due date and status (one term-dates read a page). */
    private APIGatewayProxyResponseEvent listed(Page<Induction> page) {
        Function<Induction, Optional<ScheduledAssessment>> next = service.nextDue(page.items());
        return ApiResponses.json(200, ListResponse.of(page, induction -> InductionResponse.of(induction, next.apply(induction))));
    }

    private APIGatewayProxyResponseEvent getInduction(ApiRequest request) {
        Actor actor = actor(request);
        InductionAccessPolicy.Seen seen = service.read(actor, inductionId(request));
        if (seen.view() != InductionAccessPolicy.View.WHOLE) {
            return ApiResponses.json(200, InductionResponse.former(seen.induction(), seen.formerSchoolUrn().orElseThrow()));
        }
        // the next assessment's due date and status, as a list item has them (one term-dates read while in progress)
        Induction induction = seen.induction();
        return ApiResponses.json(200, InductionResponse.of(induction, service.nextDue(List.of(induction)).apply(induction)));
    }

    private APIGatewayProxyResponseEvent change(ApiRequest request) {
        Actor actor = actor(request);
        return induction(200, service.change(actor, inductionId(request), request.body()));
    }

    private APIGatewayProxyResponseEvent leave(ApiRequest request) {
        Actor actor = actor(request);
        return induction(200, service.leave(actor, inductionId(request), request.body()));
    }

    private APIGatewayProxyResponseEvent close(ApiRequest request) {
        Actor actor = actor(request);
        return induction(200, service.close(actor, inductionId(request), request.body()));
    }

    private APIGatewayProxyResponseEvent submit(ApiRequest request) {
        Actor actor = actor(request);
        String inductionId = inductionId(request);
        StoredResponse answer = service.submit(actor, inductionId, request.body(), request.idempotencyKey(),
                dated -> Json.write(AssessmentResponse.of(dated)));
        return ApiResponses.raw(answer.statusCode(), answer.body());
    }

    private APIGatewayProxyResponseEvent listAssessments(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, ListResponse.of(service.listAssessments(actor, inductionId(request),
                request.query("nextToken"), request.pageLimit()), dated -> AssessmentResponse.of(dated)));
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

    private APIGatewayProxyResponseEvent correct(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, AssessmentResponse.of(service.correct(actor, inductionId(request),
                assessmentId(request), request.body())));
    }

    private APIGatewayProxyResponseEvent versions(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, new ListResponse<>(service.versions(actor, inductionId(request),
                assessmentId(request)).stream().map(dated -> AssessmentResponse.of(dated)).toList(),
                java.util.Optional.empty()));
    }

    private APIGatewayProxyResponseEvent approve(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, AssessmentResponse.of(
                service.approve(actor, inductionId(request), assessmentId(request))));
    }

    private APIGatewayProxyResponseEvent returnForCorrection(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, AssessmentResponse.of(service.returnForCorrection(actor, inductionId(request),
                assessmentId(request), request.body())));
    }

    private APIGatewayProxyResponseEvent schedule(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, new ListResponse<>(service.schedule(actor, inductionId(request)),
                java.util.Optional.empty()));
    }

    /** The caller's tasks as of today in Europe/London (contract section 7). */
    private APIGatewayProxyResponseEvent tasks(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, new ListResponse<>(tasks.tasksOf(actor.user(),
                java.time.LocalDate.now(clock.withZone(InductionService.ZONE))), java.util.Optional.empty()));
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
        return new Actor(Callers.requireActive(callers, request.callerId(), adminMfa), request.sourceIp());
    }

    private static String inductionId(ApiRequest request) {
        return Text.id("inductionId", request.pathParameter("inductionId"));
    }

    private static String assessmentId(ApiRequest request) {
        return Text.pathParameter("assessmentId", request.pathParameter("assessmentId"), Assessment.ID_FORMAT,
                "is not an assessment id (T<term>-<KIND>)");
    }
}
