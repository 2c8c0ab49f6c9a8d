package org.inductionrecords.assessments;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crac.Context;
import org.crac.Resource;
import org.inductionrecords.api.PrimingRequest;
import org.inductionrecords.core.error.Rejection;
import org.inductionrecords.core.induction.AssessmentSubmissions;
import org.inductionrecords.core.induction.InductionRegistration;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.InductionItems;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * SnapStart priming for AssessmentsFunction: before Lambda snapshots the initialised function, run what a first
 * request needs so that it is in the snapshot already loaded, linked and initialised: a GET /inductions/{id}
 * through the routes for a caller that cannot exist (the DynamoDB client's first real read, answered 401), the
 * validation of a sample registration and a sample submission, and an induction item mapped and written as the
 * contract's JSON. Reads only: nothing is written to the table.
 */
final class AssessmentsPriming implements Resource {

    static final String REGISTRATION_BODY = """
            {"teacher":{"trn":"1000000","givenName":"Priming","familyName":"Sample","dateOfBirth":"1995-12-10"},
             "programme":"ECT","startDate":"2023-09-04","fte":1.0,"tutorUserId":"priming-tutor"}""";
    static final String SUBMISSION_BODY = """
            {"kind":"FORMAL","term":3,"periodStart":"2024-05-04","periodEnd":"2024-08-04","daysAbsent":0,
             "progress":"SATISFACTORY","summary":"Priming sample.","standards":{
             "TS1":{"rating":"MEETING","comment":"c"},"TS2":{"rating":"MEETING","comment":"c"},
             "TS3":{"rating":"MEETING","comment":"c"},"TS4":{"rating":"MEETING","comment":"c"},
             "TS5":{"rating":"MEETING","comment":"c"},"TS6":{"rating":"MEETING","comment":"c"},
             "TS7":{"rating":"MEETING","comment":"c"},"TS8":{"rating":"MEETING","comment":"c"},
             "PART2":{"rating":"MEETING","comment":"c"}}}""";
    static final String INDUCTION_ID = "00000000-0000-4000-8000-000000000000";

    private final AssessmentsHandler handler;

    AssessmentsPriming(AssessmentsHandler handler) {
        this.handler = handler;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        handler.handleRequest(PrimingRequest.get("/inductions/{inductionId}", "/inductions/" + INDUCTION_ID,
                Map.of("inductionId", INDUCTION_ID)), null);
        LocalDate today = LocalDate.now();
        try {
            InductionRegistration.from(RequestBody.parse(REGISTRATION_BODY), today);
            AssessmentSubmissions.from(RequestBody.parse(SUBMISSION_BODY), today);
        } catch (Rejection refused) {
            // A sample that a rule refuses (say, one day a date out of range) has still primed the validators.
        }
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("inductionId", AttributeValue.fromS(INDUCTION_ID));
        item.put("schoolUrn", AttributeValue.fromS("100000"));
        item.put("trn", AttributeValue.fromS("1000000"));
        item.put("givenName", AttributeValue.fromS("Priming"));
        item.put("familyName", AttributeValue.fromS("Sample"));
        item.put("dateOfBirth", AttributeValue.fromS("1995-12-10"));
        item.put("programme", AttributeValue.fromS("ECT"));
        item.put("startDate", AttributeValue.fromS("2023-09-04"));
        item.put("fte", AttributeValue.fromN("1.0"));
        item.put("status", AttributeValue.fromS("IN_PROGRESS"));
        item.put("legalHold", AttributeValue.fromBool(false));
        item.put("version", AttributeValue.fromN("1"));
        // Inside a list, so databind's serializers (lists answer through the mapper) are primed too.
        Json.write(new ListResponse<>(List.of(InductionResponse.of(InductionItems.fromItem(item))), Optional.empty()));
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the client holds no connection across the snapshot that must be reopened, and
        // credentials are resolved per request.
    }
}
