package org.inductionrecords.emulators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation/SAM template. The short-form intrinsic tags ({@code !Ref X}, {@code !Sub '...'},
 * {@code !GetAtt A.B}, ...) become the long form CloudFormation itself sees ({@code {"Ref": "X"}},
 * {@code {"Fn::Sub": "..."}}, {@code {"Fn::GetAtt": ["A", "B"]}}), so the resolver handles one shape only.
 */
final class TemplateYaml {

    private static final List<String> FUNCTION_TAGS = List.of(
            "Sub", "GetAtt", "If", "Join", "Select", "Split", "FindInMap", "Equals", "Not", "And", "Or",
            "Base64", "Cidr", "ImportValue", "GetAZs", "Transform", "ToJsonString", "Length");

    private TemplateYaml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(10 * 1024 * 1024);
        Yaml yaml = new Yaml(new IntrinsicConstructor(options));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = yaml.load(reader);
            if (!(root instanceof Map)) {
                throw new IllegalArgumentException(file + " is not a YAML mapping");
            }
            return (Map<String, Object>) root;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** A safe constructor (no arbitrary classes) that also knows the CloudFormation short forms. */
    private static final class IntrinsicConstructor extends SafeConstructor {
        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
            for (String name : FUNCTION_TAGS) {
                yamlConstructors.put(new Tag("!" + name), new Intrinsic("Fn::" + name));
            }
        }

        private final class Intrinsic extends AbstractConstruct {
            private final String key;

            Intrinsic(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode scalar) {
                    String text = constructScalar(scalar);
                    // !GetAtt Logical.Attribute is the one short form whose scalar means a list.
                    value = key.equals("Fn::GetAtt") ? splitGetAtt(text) : text;
                } else if (node instanceof SequenceNode sequence) {
                    value = constructSequence(sequence);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                return Map.of(key, value);
            }

            private List<String> splitGetAtt(String text) {
                int dot = text.indexOf('.');
                if (dot < 0) {
                    throw new IllegalArgumentException("!GetAtt needs Logical.Attribute: " + text);
                }
                return List.of(text.substring(0, dot), text.substring(dot + 1));
            }
        }
    }
}
