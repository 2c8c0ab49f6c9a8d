package org.inductionrecords.local;

import java.util.List;
import java.util.Locale;
import org.inductionrecords.emulators.Template;

/**
 * The template API's {@code BinaryMediaTypes}, applied as API Gateway applies them to a REST API's Lambda proxy
 * integration (its developer guide, "Binary media types for REST APIs" and "Content type conversions"): a
 * request whose {@code Content-Type} is one of them reaches the function base64-encoded; a response the function
 * marks {@code isBase64Encoded} is sent as bytes only when the request's <em>first</em> {@code Accept} type is one
 * of them, and otherwise as its base64 text. A type matches an entry exactly, or {@code type/*}, or {@code *}{@code /*}.
 * SAM lets {@code /} be written {@code ~1}.
 */
final class BinaryMediaTypes {

    private final List<String> types;

    BinaryMediaTypes(List<String> types) {
        this.types = types.stream().map(type -> type.replace("~1", "/").strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The types of the template's (first) {@code AWS::Serverless::Api}; none when it declares none. */
    static BinaryMediaTypes of(Template template) {
        return new BinaryMediaTypes(template.resourcesOfType("AWS::Serverless::Api").stream().findFirst()
                .map(api -> api.properties().get("BinaryMediaTypes"))
                .filter(List.class::isInstance).map(list -> ((List<?>) list).stream().map(String::valueOf).toList())
                .orElse(List.of()));
    }

    /** Whether a request body of this {@code Content-Type} (may be null) reaches the function base64-encoded. */
    boolean requestIsBinary(String contentType) {
        return matches(contentType);
    }

    /** Whether a base64 response body is sent as bytes, given the request's {@code Accept} header (may be null). */
    boolean responseIsBinary(String accept) {
        return accept != null && matches(accept.split(",", 2)[0]);
    }

    private boolean matches(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        for (String declared : types) {
            if (declared.equals("*/*") || declared.equals(type)
                    || declared.endsWith("/*") && declared.substring(0, declared.length() - 1)
                    .equals(type.substring(0, slash + 1))) {
                return true;
            }
        }
        return false;
    }
}
