package org.inductionrecords.emulators;

import org.opentest4j.TestAbortedException;

/**
 * Thrown by {@link Emulators#shared()} under {@code -Plocalstack} when no Docker engine answers: the tests that
 * need the emulators are skipped, not failed ({@link SkipWithoutDocker} makes that visible per test).
 */
public final class DockerMissing extends TestAbortedException {

    DockerMissing(String reason) {
        super(reason);
    }
}
