package org.detente.store.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Parses YAML and JSON text into a {@link Tree}, keeping lines and refusing duplicate keys. */
public final class TreeParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TreeParser() {
    }

    /**
     * Parses one YAML document.
     *
     * @throws FormatException with the line of the syntax error
     */
    public static Tree yaml(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // No limit of its own below what the reader can count: a backup made by 'db backup' must
        // always restore (SnakeYAML's default of 3 Mi code points, and the 64 Mi once set here,
        // refused ledgers of 170,000 entries). The document is held in memory while it is read.
        options.setCodePointLimit(Integer.MAX_VALUE);
        Yaml yaml = new Yaml(options);
        Node root;
        try {
            root = yaml.compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new FormatException(line, "", "not valid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new FormatException(0, "", "not valid YAML: " + e.getMessage());
        }
        return root == null ? new Tree.Null(1) : convert(root);
    }

    public static Tree yaml(String text) {
        return yaml(new StringReader(text));
    }

    private static Tree convert(Node node) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.NULL)) {
                return new Tree.Null(line);
            }
            boolean quoted = scalar.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
            return new Tree.Scalar(scalar.getValue(), quoted, line);
        }
        if (node instanceof SequenceNode sequence) {
            List<Tree> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item));
            }
            return new Tree.Sequence(items, line);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Tree> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            String name = key instanceof ScalarNode s ? s.getValue() : String.valueOf(key);
            fields.put(name, convert(tuple.getValueNode()));
            keyLines.put(name, key.getStartMark().getLine() + 1);
        }
        return new Tree.Mapping(fields, keyLines, line);
    }

    /**
     * Parses a JSON document, keeping the line of each node.
     *
     * @throws FormatException naming where the JSON is malformed
     */
    public static Tree json(String text) {
        return json(text, false);
    }

    /**
     * A JSON document from a client (an HTTP body): its scalars keep their JSON type, so that a
     * reader refuses a number where text is expected, text where a number is, and so on, instead of
     * converting it. Stored rows and backups are read with {@link #json(String)}.
     */
    public static Tree strictJson(String text) {
        return json(text, true);
    }

    private static Tree json(String text, boolean typed) {
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new FormatException(1, "", "the body is empty; a JSON document is required");
            }
            Tree tree = readJson(parser, typed);
            if (parser.nextToken() != null) {
                throw new FormatException(line(parser), "", "unexpected content after the JSON document");
            }
            return tree;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new FormatException(line, "", "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FormatException(0, "", "unreadable JSON: " + e.getMessage());
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static Tree readJson(JsonParser parser, boolean typed) throws IOException {
        JsonToken token = parser.currentToken();
        int line = line(parser);
        switch (token) {
            case START_OBJECT -> {
                Map<String, Tree> fields = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int keyLine = line(parser);
                    parser.nextToken();
                    if (fields.put(name, readJson(parser, typed)) != null) {
                        throw new FormatException(keyLine, name, "appears twice");
                    }
                    keyLines.put(name, keyLine);
                }
                return new Tree.Mapping(fields, keyLines, line);
            }
            case START_ARRAY -> {
                List<Tree> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readJson(parser, typed));
                }
                return new Tree.Sequence(items, line);
            }
            case VALUE_NULL -> {
                return new Tree.Null(line);
            }
            case VALUE_STRING -> {
                return new Tree.Scalar(parser.getText(), true, line, typed ? Tree.ScalarType.STRING
                        : Tree.ScalarType.UNTYPED);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Tree.Scalar(parser.getText(), false, line, typed ? Tree.ScalarType.BOOLEAN
                        : Tree.ScalarType.UNTYPED);
            }
            default -> {
                return new Tree.Scalar(parser.getText(), false, line, typed ? Tree.ScalarType.NUMBER
                        : Tree.ScalarType.UNTYPED);
            }
        }
    }
}
