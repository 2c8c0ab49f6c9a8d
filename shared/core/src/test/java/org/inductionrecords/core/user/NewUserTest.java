package org.inductionrecords.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.validation.RequestBody;
import org.junit.jupiter.api.Test;

class NewUserTest {

    private static NewUser read(String json) {
        return NewUser.read(RequestBody.parse(json));
    }

    private static List<String> fieldsRejected(String json) {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> read(json));
        return invalid.details().stream().map(FieldError::field).toList();
    }

    @Test
    void theEmailIsNormalisedToLowerCaseAndNamesTrimmed() {
        NewUser user = read("""
                {"email":"Head.Teacher@Example.ORG","givenName":" Ada ","familyName":"Lovelace","role":"HEADTEACHER"}""");

        assertEquals("head.teacher@example.org", user.email());
        assertEquals("Ada", user.givenName());
        assertEquals(Optional.empty(), user.trn());
    }

    @Test
    void anNqtCarriesItsTrn() {
        NewUser user = read("""
                {"email":"nqt@example.org","givenName":"N","familyName":"Q","role":"NQT","trn":"1234567"}""");

        assertEquals(Optional.of("1234567"), user.trn());
    }

    @Test
    void anNqtWithoutATrnIsRefused() {
        assertEquals(List.of("trn"), fieldsRejected("""
                {"email":"nqt@example.org","givenName":"N","familyName":"Q","role":"NQT"}"""));
    }

    @Test
    void aTrnForAnyOtherRoleIsRefused() {
        assertEquals(List.of("trn"), fieldsRejected("""
                {"email":"t@example.org","givenName":"T","familyName":"T","role":"INDUCTION_TUTOR","trn":"1234567"}"""));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertEquals(List.of("email", "givenName", "familyName", "role"), fieldsRejected("""
                {"email":"not-an-email","givenName":"","familyName":"x\\u0007y","role":"PRINCIPAL"}"""));
    }

    @Test
    void aMalformedTrnAndATooLongNameAreRefused() {
        assertEquals(List.of("givenName", "trn"), fieldsRejected("{\"email\":\"n@example.org\",\"givenName\":\""
                + "a".repeat(101) + "\",\"familyName\":\"Q\",\"role\":\"NQT\",\"trn\":\"12345\"}"));
    }

    @Test
    void theFirstAdminNeedsOnlyEmailAndNames() {
        NewUser admin = NewUser.readFirstAdmin(RequestBody.parse("""
                {"email":"Admin@Example.org","givenName":"A","familyName":"B"}"""));

        assertEquals(Role.AB_ADMIN, admin.role());
        assertEquals("admin@example.org", admin.email());
    }
}
