package org.inductionrecords.bulk;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.inductionrecords.api.ApiRequest;
import org.inductionrecords.api.ApiResponses;
import org.inductionrecords.api.ApiRoutes;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.bulk.CsvUpload;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.calendar.TermName;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.induction.Actor;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.BulkService;
import org.inductionrecords.core.induction.BulkStore;
import org.inductionrecords.core.induction.ExportService;
import org.inductionrecords.core.induction.InductionService;
import org.inductionrecords.core.induction.InductionStore;
import org.inductionrecords.core.user.AdminMfa;
import org.inductionrecords.core.user.CallerLookup;
import org.inductionrecords.core.user.Callers;
import org.inductionrecords.core.validation.Text;
import org.inductionrecords.store.BulkDynamoStore;
import org.inductionrecords.store.DynamoCallerLookup;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.InductionDynamoStore;
import org.inductionrecords.store.TermDatesStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * BulkFunction (CONTRACT.md section 9): CSV bulk registration and passes, the caseload, TRS and termly-return
 * exports, and assessment PDFs. A function of its own so that PDFBox and the CSV work stay out of
 * AssessmentsFunction's cold start (docs/PERFORMANCE.md). The rules are the core's: {@link BulkService} reads each
 * row with the single routes' validators, {@link ExportService} and {@link InductionService} apply the same
 * scope as the JSON routes.
 */
public final class BulkHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final CallerLookup callers;
    private final AdminMfa adminMfa;
    private final BulkService bulk;
    private final ExportService exports;
    private final InductionService inductions;
    private final ApiRoutes routes;

    public BulkHandler() {
        this(System.getenv());
    }

    public BulkHandler(Map<String, String> env) {
        this(env, DynamoClients.create(), null);
    }

    /** With a store in place of the table's (a fault-injecting one in the crash test), or null for the table's. */
    BulkHandler(Map<String, String> env, DynamoDbClient dynamo, InductionStore storeOrNull) {
        String table = new FunctionEnvironment(env).require("TABLE_NAME");
        this.callers = new DynamoCallerLookup(dynamo, table);
        this.adminMfa = AdminMfa.from(new FunctionEnvironment(env));
        InductionStore store = storeOrNull != null ? storeOrNull : new InductionDynamoStore(dynamo, table);
        BulkStore reads = new BulkDynamoStore(dynamo, table);
        Supplier<String> ids = () -> UUID.randomUUID().toString();
        this.bulk = new BulkService(store, reads, Clock.systemUTC(), ids);
        this.exports = new ExportService(reads, store, new TermDatesStore(dynamo, table), Clock.systemUTC());
        this.inductions = new InductionService(store, Clock.systemUTC(), ids);
        this.routes = new ApiRoutes()
                .allowingOrigin(new FunctionEnvironment(env).optional("WEB_ORIGIN"))
                .on("POST", "/schools/{urn}/inductions/bulk", this::registerMany)
                .on("POST", "/outcomes/bulk", this::recordPasses)
                .on("GET", "/exports/caseload.csv", this::caseload)
                .on("GET", "/exports/trs", this::trs)
                .on("GET", "/exports/termly-return.csv", this::termlyReturn)
                .on("GET", "/inductions/{inductionId}/assessments/{assessmentId}/pdf", this::assessmentPdf);
    }

    Set<String> routeKeys() {
        return routes.routeKeys();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return routes.handle(event, context);
    }

    // ---------------------------------------------------------------- uploads

    private APIGatewayProxyResponseEvent registerMany(ApiRequest request) {
        Actor actor = actor(request);
        String urn = Text.urn(request.pathParameter("urn"));
        String[] csv = new String[1];
        try {
            return uploaded(201, "created", bulk.register(actor, urn, () -> csv[0] = request.csvBody(CsvUpload.MAX_BYTES)));
        } catch (InvalidInput refused) {
            return refusedUpload(request, csv[0], BulkService.REGISTRATION_HEADER, refused, "registrations-errors.csv");
        }
    }

    private APIGatewayProxyResponseEvent recordPasses(ApiRequest request) {
        Actor actor = actor(request);
        String[] csv = new String[1];
        try {
            return uploaded(200, "recorded", bulk.recordPasses(actor, () -> csv[0] = request.csvBody(CsvUpload.MAX_BYTES)));
        } catch (InvalidInput refused) {
            return refusedUpload(request, csv[0], BulkService.OUTCOMES_HEADER, refused, "outcomes-errors.csv");
        }
    }

    /** With {@code Accept: text/csv}, a 400 whose rows could be read is the error file (CONTRACT.md section 9). */
    private static APIGatewayProxyResponseEvent refusedUpload(ApiRequest request, String csv, List<String> header,
                                                              InvalidInput refused, String fileName) {
        if (csv != null && request.acceptsCsv()) {
            Optional<String> file = BulkService.errorFile(csv, header, refused);
            if (file.isPresent()) {
                return ApiResponses.csv(400, file.get(), fileName);
            }
        }
        throw refused;
    }

    private static APIGatewayProxyResponseEvent uploaded(int status, String writtenName, BulkService.Result result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(writtenName, result.written());
        body.put("unchanged", result.unchanged());
        body.put("items", result.items().stream().map(item -> Map.of("row", item.row(), "trn", item.trn(),
                "inductionId", item.inductionId())).toList());
        return ApiResponses.json(status, body);
    }

    // ---------------------------------------------------------------- exports

    private APIGatewayProxyResponseEvent caseload(ApiRequest request) {
        Actor actor = actor(request);
        Optional<String> school = request.query("schoolUrn").map(Text::urn);
        return ApiResponses.csv(200, exports.caseload(actor, school), "caseload.csv");
    }

    private APIGatewayProxyResponseEvent trs(ApiRequest request) {
        Actor actor = actor(request);
        Optional<Instant> since = request.query("since").map(BulkHandler::instant);
        List<Map<String, Object>> items = exports.trs(actor, since).stream().map(item -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("trn", item.trn());
            entry.put("status", item.status());
            entry.put("startDate", item.startDate().toString());
            item.completedDate().ifPresent(date -> entry.put("completedDate", date.toString()));
            entry.put("modifiedOn", item.modifiedOn().toString());
            return entry;
        }).toList();
        return ApiResponses.json(200, Map.of("items", items));
    }

    private static Instant instant(String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("since", "must be an ISO-8601 UTC instant such as 2026-09-01T00:00:00Z");
        }
    }

    private APIGatewayProxyResponseEvent termlyReturn(ApiRequest request) {
        Actor actor = actor(request);
        int year = TermDates.academicYear(request.query("academicYear").orElseThrow(
                () -> InvalidInput.of("academicYear", "is required")));
        String rawTerm = request.query("term").orElseThrow(() -> InvalidInput.of("term", "is required"));
        TermName term;
        try {
            term = TermName.valueOf(rawTerm);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("term", "must be one of AUTUMN, SPRING, SUMMER");
        }
        return ApiResponses.csv(200, exports.termlyReturn(actor, year, term),
                "termly-return-" + year + "-" + term.name().toLowerCase(java.util.Locale.ROOT) + ".csv");
    }

    // ---------------------------------------------------------------- PDF

    /** The same scope and audit as {@code GET .../assessments/{aid}}: the service's own read. */
    private APIGatewayProxyResponseEvent assessmentPdf(ApiRequest request) {
        Actor actor = actor(request);
        String inductionId = Text.id("inductionId", request.pathParameter("inductionId"));
        String assessmentId = Text.pathParameter("assessmentId", request.pathParameter("assessmentId"),
                Assessment.ID_FORMAT, "is not an assessment id (T<term>-<KIND>)");
        InductionService.Filed filed = inductions.getFiled(actor, inductionId, assessmentId);
        return ApiResponses.binary("application/pdf", AssessmentPdf.render(filed.induction(), filed.assessment()),
                "assessment-" + assessmentId + ".pdf");
    }

    private Actor actor(ApiRequest request) {
        return new Actor(Callers.requireActive(callers, request.callerId(), adminMfa), request.sourceIp());
    }
}
