package org.inductionrecords.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything this JVM prints, recorded while a capture is open: the functions' log lines (the local stack's
 * Lambda context logs to System.out), the local stack's console (which keeps the System.out and System.err
 * it was started with, hence {@link LogCaptureExtension} installs this before any test class starts it)
 * and anything else on System.out or System.err. Printing still reaches the original streams.
 */
final class LogCapture implements AutoCloseable {

    private static final Object LOCK = new Object();
    private static boolean installed;
    private static ByteArrayOutputStream recording;

    private LogCapture() {
    }

    /** Puts the recording tee in front of System.out and System.err, once per JVM. */
    static void install() {
        synchronized (LOCK) {
            if (!installed) {
                System.setOut(tee(System.out));
                System.setErr(tee(System.err));
                installed = true;
            }
        }
    }

    static boolean installed() {
        synchronized (LOCK) {
            return installed;
        }
    }

    /** Starts recording (one capture at a time). */
    static LogCapture start() {
        install();
        synchronized (LOCK) {
            if (recording != null) {
                throw new IllegalStateException("a capture is already open");
            }
            recording = new ByteArrayOutputStream();
        }
        return new LogCapture();
    }

    /** The lines printed since {@link #start()}, so far. */
    List<String> lines() {
        System.out.flush();
        System.err.flush();
        synchronized (LOCK) {
            return recording == null ? List.of() : recording.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Override
    public void close() {
        synchronized (LOCK) {
            recording = null;
        }
    }

    private static PrintStream tee(PrintStream original) {
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (LOCK) {
                    if (recording != null) {
                        recording.write(b);
                    }
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                synchronized (LOCK) {
                    if (recording != null) {
                        recording.write(bytes, offset, length);
                    }
                }
            }

            @Override
            public void flush() throws IOException {
                original.flush();
            }
        };
        return new PrintStream(both, true, StandardCharsets.UTF_8);
    }
}
