package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.core.validation.Text;

/** A validated {@code POST /schools/{urn}/inductions} body. */
public record InductionRegistration(Teacher teacher, Programme programme, LocalDate startDate,
                                    Qualification qualification, BigDecimal fte, String tutorUserId) {

    public static final BigDecimal MIN_FTE = new BigDecimal("0.1");
    public static final BigDecimal MAX_FTE = BigDecimal.ONE;
    /** NQT induction is the programme of teachers who started before September 2021. */
    public static final LocalDate ECT_PROGRAMME_BEGAN = LocalDate.of(2021, 9, 1);
    public static final int MIN_AGE_AT_START = 18;
    public static final int MAX_AGE_AT_START = 80;
    /** Schools register ahead of the start, but not years ahead. */
    public static final int MAX_MONTHS_AHEAD = 12;

    public static InductionRegistration from(RequestBody body, LocalDate today) {
        RequestBody teacherBody = body.requiredObject("teacher");
        String trn = null;
        String givenName = null;
        String familyName = null;
        LocalDate dateOfBirth = null;
        Optional<String> email = Optional.empty();
        if (teacherBody != null) {
            trn = teacherBody.matching("trn", Text.TRN, "must be a 7-digit TRN");
            givenName = teacherBody.name("givenName");
            familyName = teacherBody.name("familyName");
            dateOfBirth = teacherBody.requiredDate("dateOfBirth");
            email = teacherBody.optionalEmail("email");
        }
        Programme programme = body.requiredEnum("programme", Programme.class);
        LocalDate startDate = body.requiredDate("startDate");
        BigDecimal fte = body.requiredDecimal("fte", MIN_FTE, MAX_FTE);
        String tutorUserId = body.matching("tutorUserId", Text.ID, "is not an id this system issues");
        Optional<LocalDate> qtsDate = body.optionalDate("qtsDate");
        Optional<TrainingProgramme> training = body.optionalEnum("trainingProgramme", TrainingProgramme.class);
        // DOMAIN.md "Training programme": recorded for ECT inductions, absent for NQT ones.
        if (programme == Programme.NQT) {
            body.check(!body.has("trainingProgramme"), "trainingProgramme", "is for ECT inductions only");
        }
        // The induction cannot start before the teacher's QTS date where one is recorded (DOMAIN.md).
        if (startDate != null) {
            qtsDate.ifPresent(qts -> body.check(!startDate.isBefore(qts), "startDate",
                    "must not be before the teacher's qtsDate"));
        }
        if (startDate != null) {
            body.check(!startDate.isAfter(today.plusMonths(MAX_MONTHS_AHEAD)), "startDate",
                    "must be at most " + MAX_MONTHS_AHEAD + " months ahead");
            if (programme == Programme.NQT) {
                body.check(startDate.isBefore(ECT_PROGRAMME_BEGAN), "startDate",
                        "must be before 2021-09-01 for an NQT induction (later starts follow the ECT programme)");
            }
        }
        if (dateOfBirth != null && teacherBody != null) {
            if (teacherBody.check(dateOfBirth.isBefore(today), "dateOfBirth", "must be in the past")
                    && startDate != null) {
                teacherBody.check(!dateOfBirth.plusYears(MIN_AGE_AT_START).isAfter(startDate)
                                && dateOfBirth.plusYears(MAX_AGE_AT_START).isAfter(startDate),
                        "dateOfBirth", "must make the teacher " + MIN_AGE_AT_START + " to " + MAX_AGE_AT_START
                                + " years old at the start date");
            }
        }
        body.done();
        return new InductionRegistration(new Teacher(trn, givenName, familyName, dateOfBirth, email), programme,
                startDate, new Qualification(qtsDate, training), fte, tutorUserId);
    }
}
