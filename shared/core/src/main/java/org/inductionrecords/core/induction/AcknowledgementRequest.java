package org.inductionrecords.core.induction;

import java.util.Optional;
import org.inductionrecords.core.validation.RequestBody;

/** A validated acknowledge body: the teacher's optional comment. */
public record AcknowledgementRequest(Optional<String> comment) {

    public static AcknowledgementRequest from(RequestBody body) {
        Optional<String> comment = body.text("comment", RequestBody.MAX_TEXT);
        body.done();
        return new AcknowledgementRequest(comment.filter(c -> !c.isBlank()));
    }
}
