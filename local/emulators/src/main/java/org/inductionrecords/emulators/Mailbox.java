package org.inductionrecords.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local mailbox as a reader sees it: every email the SES emulator holds, from its {@code GET /store}
 * (contract section 8). For tests and the local stack's newcomers alike; it changes nothing.
 */
public final class Mailbox {

    /** One email as stored: the first recipient, the subject and the plain-text body. */
    public record Email(String messageId, String from, List<String> to, String subject, String text) {
        /** The temporary password of an invitation (the text after "temporary password"), if it has one. */
        public Optional<String> temporaryPassword() {
            Matcher m = TEMPORARY_PASSWORD.matcher(text);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
    }

    /** The pool's InviteMessageTemplate says "temporary password: {####}" (template.yaml). */
    static final Pattern TEMPORARY_PASSWORD = Pattern.compile("temporary password:\\s*(\\S+)");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    public Mailbox(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Every email held, oldest first. */
    public List<Email> emails() {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/store")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /store answered " + response.statusCode());
            }
            List<Email> emails = new ArrayList<>();
            for (JsonNode email : MAPPER.readTree(response.body()).path("emails")) {
                List<String> to = new ArrayList<>();
                email.path("destination").path("to").forEach(address -> to.add(address.asText()));
                emails.add(new Email(email.path("messageId").asText(), email.path("from").asText(), List.copyOf(to),
                        email.path("subject").asText(), email.path("body").path("text").asText("")));
            }
            return emails;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The emails to this address, oldest first. */
    public List<Email> to(String address) {
        return emails().stream().filter(e -> e.to().stream().anyMatch(address::equalsIgnoreCase)).toList();
    }
}
