package org.inductionrecords.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average and cores, printed beside every figure (the machine is shared). */
final class Load {

    private Load() {
    }

    static String now() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return avg[0] + " " + avg[1] + " " + avg[2] + " on " + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
