package org.inductionrecords.local;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inductionrecords.emulators.IntrinsicResolver;
import org.inductionrecords.emulators.Stack;

/**
 * {@code <data-dir>/outputs.json}: the template's Outputs with their local values (ApiUrl is the local API)
 * plus {@code endpoints} {api, lambda, dynamodb, s3, cognito}.
 */
final class OutputsFile {

    static final String NAME = "outputs.json";

    private OutputsFile() {
    }

    static Map<String, Object> outputs(Stack stack, Map<String, String> endpoints) {
        IntrinsicResolver resolver = stack.resolver();
        Map<String, Object> outputs = new LinkedHashMap<>();
        stack.template().outputs().forEach((name, value) -> outputs.put(name, resolver.resolveString(value)));
        outputs.put("ApiUrl", endpoints.get("api"));
        outputs.put("endpoints", endpoints);
        return outputs;
    }

    static Path write(Path dataDir, Map<String, Object> outputs) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(NAME);
        Path temp = dataDir.resolve(NAME + ".tmp");
        Files.write(temp, Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(outputs));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
