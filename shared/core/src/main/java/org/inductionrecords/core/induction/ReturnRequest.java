package org.inductionrecords.core.induction;

import org.inductionrecords.core.validation.RequestBody;

/** A validated return body: the AB's comment, saying what the school must correct (required). */
public record ReturnRequest(String comment) {

    public static ReturnRequest from(RequestBody body) {
        String comment = body.requiredText("comment", RequestBody.MAX_TEXT);
        if (comment != null) {
            body.check(!comment.isBlank(), "comment", "must say what to correct");
        }
        body.done();
        return new ReturnRequest(comment);
    }
}
