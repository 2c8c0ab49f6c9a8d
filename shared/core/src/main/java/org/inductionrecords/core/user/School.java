package org.inductionrecords.core.user;

import java.util.Objects;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.core.validation.Text;

/** A school, identified by its 6-digit Unique Reference Number. */
public record School(String urn, String name) {

    public School {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(name, "name");
    }

    /** The body of {@code POST /schools}: {@code {urn, name}}; every problem is reported at once. */
    public static School read(RequestBody body) {
        String urn = body.matching("urn", Text.URN, "must be a 6-digit URN");
        String name = body.name("name");
        body.done();
        return new School(urn, name);
    }
}
