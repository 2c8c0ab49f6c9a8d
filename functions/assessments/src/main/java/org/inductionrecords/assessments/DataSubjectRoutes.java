package org.inductionrecords.assessments;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.time.Clock;
import java.util.List;
import org.inductionrecords.api.ApiRequest;
import org.inductionrecords.api.ApiResponses;
import org.inductionrecords.api.ApiRoutes;
import org.inductionrecords.core.induction.Actor;
import org.inductionrecords.core.subject.DataSubjectService;
import org.inductionrecords.core.user.AdminMfa;
import org.inductionrecords.core.user.CallerLookup;
import org.inductionrecords.core.user.Callers;
import org.inductionrecords.store.SubjectDynamoStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The data subject's rights (README "Data-subject rights"): {@code GET /me/export},
 * {@code GET /teachers/{trn}/export} and {@code PATCH /teachers/{trn}}, answered by
 * {@link DataSubjectService}. Served by AssessmentsFunction because the data is the teacher's inductions.
 */
final class DataSubjectRoutes {

    private final CallerLookup callers;
    private final AdminMfa adminMfa;
    private final DataSubjectService service;

    DataSubjectRoutes(DynamoDbClient dynamo, String table, CallerLookup callers, AdminMfa adminMfa) {
        this.callers = callers;
        this.adminMfa = adminMfa;
        this.service = new DataSubjectService(new SubjectDynamoStore(dynamo, table), Clock.systemUTC());
    }

    ApiRoutes addTo(ApiRoutes routes) {
        return routes
                .on("GET", "/me/export", this::exportMe)
                .on("GET", "/teachers/{trn}/export", this::exportTeacher)
                .on("PATCH", "/teachers/{trn}", this::rectify);
    }

    private APIGatewayProxyResponseEvent exportMe(ApiRequest request) {
        return ApiResponses.json(200, SubjectExportResponse.of(service.exportMe(actor(request))));
    }

    private APIGatewayProxyResponseEvent exportTeacher(ApiRequest request) {
        Actor actor = actor(request);
        return ApiResponses.json(200, SubjectExportResponse.of(
                service.exportTeacher(actor, request.pathParameter("trn"))));
    }

    private APIGatewayProxyResponseEvent rectify(ApiRequest request) {
        Actor actor = actor(request);
        DataSubjectService.Rectified rectified = service.rectify(actor, request.pathParameter("trn"), request.body());
        return ApiResponses.json(200, new RectifiedResponse(rectified.trn(),
                rectified.inductions().stream().map(InductionResponse::of).toList()));
    }

    /** {@code PATCH /teachers/{trn}}'s answer: the teacher's inductions as they now are. */
    record RectifiedResponse(String trn, List<InductionResponse> inductions) {
    }

    private Actor actor(ApiRequest request) {
        return new Actor(Callers.requireActive(callers, request.callerId(), adminMfa), request.sourceIp());
    }
}
