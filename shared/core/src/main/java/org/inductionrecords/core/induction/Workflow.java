package org.inductionrecords.core.induction;

import java.time.Instant;
import java.util.Optional;
import org.inductionrecords.core.error.Conflict;

/** SUBMITTED -> SIGNED (headteacher) -> ACKNOWLEDGED (the teacher): each step once, in order. */
public final class Workflow {

    private Workflow() {
    }

    public static Assessment sign(Assessment assessment, String headteacherUserId, Instant at) {
        if (assessment.status() != AssessmentStatus.SUBMITTED) {
            throw new Conflict("Only a SUBMITTED assessment can be signed; this one is " + assessment.status() + ".");
        }
        return assessment.signed(headteacherUserId, at);
    }

    public static Assessment acknowledge(Assessment assessment, String teacherUserId, Instant at,
                                         Optional<String> comment) {
        if (assessment.status() != AssessmentStatus.SIGNED) {
            throw new Conflict("Only a SIGNED assessment can be acknowledged; this one is "
                    + assessment.status() + ".");
        }
        return assessment.acknowledged(teacherUserId, at, comment);
    }
}
