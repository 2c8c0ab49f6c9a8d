package org.inductionrecords.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root (the directory of template.yaml): the working directory or one above it (bench/). */
final class Root {

    private Root() {
    }

    static Path find() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("template.yaml")) ? here : here.getParent();
    }
}
