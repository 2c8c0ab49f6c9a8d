package org.inductionrecords.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Each function's deployment jar: size, whether any Netty or Apache HTTP client class is in it (there must be
 * none), and its largest parts by compressed size. Run after {@code ./mvnw -DskipTests package}.
 *
 * <pre>java -cp bench/target/classes org.inductionrecords.bench.JarSizes</pre>
 */
public final class JarSizes {

    private JarSizes() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Root.find();
        System.out.println("| function jar | size | classes | Netty / Apache HTTP | largest parts (compressed) |");
        System.out.println("|---|---|---|---|---|");
        for (String module : new String[] {"users", "assessments", "backup", "restore", "retention-sweep"}) {
            Path jar = root.resolve("functions/" + module + "/target/function.jar");
            Map<String, Long> parts = new TreeMap<>();
            int classes = 0;
            int forbidden = 0;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    String name = entry.getName();
                    if (name.endsWith(".class")) {
                        classes++;
                    }
                    String lower = name.toLowerCase();
                    if (lower.contains("netty") || lower.startsWith("org/apache/http") || lower.startsWith("org/apache/hc")) {
                        forbidden++;
                    }
                    String[] path = name.split("/");
                    String part = path.length > 3 ? path[0] + "/" + path[1] + "/" + path[2] : path[0];
                    if (part.startsWith("software/amazon/awssdk") && path.length > 4 && path[3].equals("services")) {
                        part = part + "/services/" + path[4];
                    }
                    parts.merge(part, Math.max(0, entry.getCompressedSize()), Long::sum);
                }
            }
            Map<String, Long> largest = new LinkedHashMap<>();
            parts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(5)
                    .forEach(e -> largest.put(e.getKey(), e.getValue()));
            StringBuilder top = new StringBuilder();
            largest.forEach((part, size) -> top.append(top.isEmpty() ? "" : ", ").append(part).append(' ')
                    .append(String.format("%.1f MB", size / 1e6)));
            System.out.printf("| %s | %.1f MB | %d | %s | %s |%n", module, Files.size(jar) / 1e6, classes,
                    forbidden == 0 ? "none" : forbidden + " entries", top);
        }
    }
}
