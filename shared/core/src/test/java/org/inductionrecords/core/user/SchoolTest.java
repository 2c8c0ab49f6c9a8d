package org.inductionrecords.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.validation.RequestBody;
import org.junit.jupiter.api.Test;

class SchoolTest {

    @Test
    void aSchoolHasASixDigitUrnAndAName() {
        assertEquals(new School("123456", "Oak Primary"),
                School.read(RequestBody.parse("{\"urn\":\"123456\",\"name\":\" Oak Primary \"}")));
    }

    @Test
    void aBadUrnAndAMissingNameAreBothReported() {
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> School.read(RequestBody.parse("{\"urn\":\"12345a\"}")));

        assertEquals(List.of("urn", "name"), invalid.details().stream().map(FieldError::field).toList());
    }

    @Test
    void aUrnMustBeAString() {
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> School.read(RequestBody.parse("{\"urn\":123456,\"name\":\"Oak\"}")));

        assertEquals(List.of("urn"), invalid.details().stream().map(FieldError::field).toList());
    }
}
