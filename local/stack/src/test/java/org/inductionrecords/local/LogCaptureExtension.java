package org.inductionrecords.local;

import org.junit.jupiter.api.extension.Extension;

/**
 * Installs {@link LogCapture} when the Jupiter engine starts, before any test class can start the local
 * stack (whose console keeps the streams it started with). Registered by service loading with
 * {@code junit.jupiter.extensions.autodetection.enabled} (src/test/resources); it does nothing else.
 */
public final class LogCaptureExtension implements Extension {

    static {
        LogCapture.install();
    }
}
