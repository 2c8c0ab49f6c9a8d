package org.inductionrecords.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one mapper: values that write themselves never need databind; inside lists the mapper uses their code. */
class JsonTest {

    @JsonSerialize(using = JsonWritable.Serializer.class)
    public record Greeting(String text) implements JsonWritable {
        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("greeting", text);
            json.writeEndObject();
        }
    }

    @Test
    void aWritableValueIsWrittenByItsOwnCode() {
        assertEquals("{\"greeting\":\"h\\u00E9llo \\\"you\\\"\"}".replace("\\u00E9", "\u00e9"),
                Json.write(new Greeting("h\u00e9llo \"you\"")));
    }

    @Test
    void writeBytesIsTheUtf8OfWrite() {
        Greeting greeting = new Greeting("\u00e9t\u00e9 \ud83d\ude00");

        assertArrayEquals(Json.write(greeting).getBytes(StandardCharsets.UTF_8), Json.writeBytes(greeting));
    }

    @Test
    void theMapperWritesWritableValuesInsideCollectionsWithTheirOwnCode() {
        assertEquals("[{\"greeting\":\"a\"},{\"greeting\":\"b\"}]",
                Json.write(List.of(new Greeting("a"), new Greeting("b"))));
        assertEquals("{\"one\":{\"greeting\":\"a\"}}", Json.write(Map.of("one", new Greeting("a"))));
    }

    /**
     * Why the factory and the mapper are apart: in a fresh class loader (a cold start), writing a value that
     * writes itself never builds the mapper. (The verifier may load a few databind types Json's methods name;
     * building a mapper loads hundreds, its configuration among them.)
     */
    @Test
    void writingAWritableValueInAFreshClassLoaderNeverBuildsTheMapper() throws Exception {
        // given a class loader of its own over this module's class path, sharing nothing with the test's
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        List<String> builtMapper = List.of(Json.class.getName() + "$Mapper",
                "com.fasterxml.jackson.databind.SerializationConfig", "com.fasterxml.jackson.databind.cfg.BaseSettings");
        try (Fresh loader = new Fresh(urls.toArray(URL[]::new))) {
            Class<?> json = loader.loadClass(Json.class.getName());
            Object greeting = loader.loadClass(Greeting.class.getName()).getConstructor(String.class)
                    .newInstance("cold");

            // when a value that writes itself is written
            Object written = json.getMethod("write", Object.class).invoke(null, greeting);

            // then it is written by the generator, and no mapper was built for it
            assertEquals("{\"greeting\":\"cold\"}", written);
            assertTrue(loader.loaded("com.fasterxml.jackson.core.JsonGenerator"), "the generator did the work");
            assertEquals(List.of(), builtMapper.stream().filter(loader::loaded).toList());

            // and the same check sees the mapper once something needs databind (a list)
            json.getMethod("write", Object.class).invoke(null, List.of(greeting));
            assertEquals(builtMapper, builtMapper.stream().filter(loader::loaded).toList());
        }
    }

    /** Loads this module's classes itself (not from the parent) and tells whether it loaded one. */
    private static final class Fresh extends URLClassLoader {
        Fresh(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
