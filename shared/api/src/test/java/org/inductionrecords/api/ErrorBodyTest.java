package org.inductionrecords.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.Test;

/** The error answer writes itself byte for byte as the shared mapper writes the record by reflection. */
class ErrorBodyTest {

    private static final ObjectMapper REFLECTIVE = Json.mapper().copy().disable(MapperFeature.USE_ANNOTATIONS);

    @Test
    void aRefusalWithFieldDetailsIsWrittenAsTheMapperWouldWriteIt() throws Exception {
        ApiResponses.ErrorBody body = new ApiResponses.ErrorBody("validation_failed", "The request is not valid.",
                List.of(new FieldError("teacher.dateOfBirth", "must be a date \"YYYY-MM-DD\""),
                        new FieldError("fte", "must be between 0.1 and 1.0")));

        assertEquals(REFLECTIVE.writeValueAsString(body), Json.write(body));
    }

    @Test
    void aRefusalWithoutDetailsIsWrittenAsTheMapperWouldWriteIt() throws Exception {
        ApiResponses.ErrorBody body = new ApiResponses.ErrorBody("not_found", "No such induction.", List.of());

        assertEquals(REFLECTIVE.writeValueAsString(body), Json.write(body));
    }

    @Test
    void rejectedAnswersCarryTheCodeMessageAndDetails() {
        InvalidInput invalid = new InvalidInput(List.of(new FieldError("urn", "must be 6 digits")));

        var answer = ApiResponses.rejected(invalid);

        assertEquals(400, answer.getStatusCode());
        var body = Json.tree(answer.getBody());
        assertEquals("validation_failed", body.path("error").asText());
        assertEquals(invalid.getMessage(), body.path("message").asText());
        assertEquals("urn", body.path("details").path(0).path("field").asText());
        assertEquals("must be 6 digits", body.path("details").path(0).path("message").asText());
        assertEquals(1, body.path("details").size());
        assertEquals(404, ApiResponses.rejected(new NotFound("No such school.")).getStatusCode());
    }
}
