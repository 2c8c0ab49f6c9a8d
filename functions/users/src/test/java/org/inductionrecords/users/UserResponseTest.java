package org.inductionrecords.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The user record writes itself (GET /me is UsersFunction's commonest cold start) byte for byte as the shared
 * mapper writes the record by reflection: same fields, same order, absent school or TRN left out.
 */
class UserResponseTest {

    /** The shared mapper with its configuration but blind to {@code @JsonSerialize}: the reflective form. */
    private static final ObjectMapper REFLECTIVE = Json.mapper().copy().disable(MapperFeature.USE_ANNOTATIONS);

    @Test
    void anAppropriateBodyAdminWithoutSchoolIsWrittenAsTheMapperWouldWriteIt() throws Exception {
        UserResponse admin = new UserResponse("sub-1", "ab.admin@example.org", "Ann", "Lee", "AB_ADMIN",
                Optional.empty(), Optional.empty(), "ACTIVE", true);

        assertEquals(REFLECTIVE.writeValueAsString(admin), Json.write(admin));
    }

    @Test
    void aTeacherWithSchoolAndTrnIsWrittenAsTheMapperWouldWriteIt() throws Exception {
        UserResponse teacher = new UserResponse("sub-2", "nqt@example.org", "Zo\u00eb \"Z\"", "O'Brien\\Ng", "NQT",
                Optional.of("100001"), Optional.of("1234567"), "SUSPENDED", false);

        assertEquals(REFLECTIVE.writeValueAsString(teacher), Json.write(teacher));
    }

    @Test
    void usersInsideListsAreWrittenByTheSameCode() throws Exception {
        UserResponse tutor = new UserResponse("sub-3", "tutor@example.org", "Tom", "Hu", "INDUCTION_TUTOR",
                Optional.of("100001"), Optional.empty(), "ACTIVE", true);

        assertEquals(REFLECTIVE.writeValueAsString(List.of(tutor)), Json.write(List.of(tutor)));
    }
}
