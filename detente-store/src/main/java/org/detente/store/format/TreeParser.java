package org.detente.store.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

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
        return yaml(reader, path -> false, (path, siblings, index, item) -> {
        });
    }

    public static Tree yaml(String text) {
        return yaml(new StringReader(text));
    }

    /** Takes the items of a streamed sequence one at a time, as they are read. */
    @FunctionalInterface
    public interface ItemSink {
        /**
         * One item of the sequence at {@code path} ({@code entries}, {@code dyads[0].entries}: keys
         * joined by dots, indexes in brackets); {@code siblings} are the fields of the mapping that
         * holds the sequence read so far (those written before it).
         */
        void item(String path, Map<String, Tree> siblings, int index, Tree item);
    }

    /**
     * Parses one YAML document as a stream of events, building the tree as it goes, except that the
     * items of each sequence whose path {@code streamed} accepts are handed to {@code sink} one by
     * one and not kept: in the tree such a sequence is empty. So a file of any size is read with
     * memory for one item at a time (plus what the sink keeps). The reader sets no size limit:
     * SnakeYAML's code-point limit is set to the largest value its counter holds, which that int
     * counter can never exceed.
     *
     * @throws FormatException with the line of the syntax error
     */
    public static Tree yaml(Reader reader, Predicate<String> streamed, ItemSink sink) {
        LoaderOptions options = loaderOptions();
        try {
            Iterator<Event> events = new Yaml(options).parse(reader).iterator();
            EventTrees trees = new EventTrees(events, streamed, sink);
            trees.expect(StreamStartEvent.class);
            Event first = events.next();
            if (first instanceof StreamEndEvent) {
                return new Tree.Null(1);
            }
            if (!(first instanceof DocumentStartEvent)) {
                throw new FormatException(line(first), "", "not valid YAML: expected a document");
            }
            Event rootEvent = events.next();
            Tree root = rootEvent instanceof DocumentEndEvent ? new Tree.Null(line(rootEvent)) : trees.node(rootEvent, "");
            if (!(rootEvent instanceof DocumentEndEvent)) {
                trees.expect(DocumentEndEvent.class);
            }
            Event after = events.next();
            if (!(after instanceof StreamEndEvent)) {
                throw new FormatException(line(after), "", "not valid YAML: expected a single document in the stream");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new FormatException(line, "", "not valid YAML: " + e.getProblem());
        } catch (FormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FormatException(0, "", "not valid YAML: " + e.getMessage());
        }
    }

    /**
     * The options of every YAML read: duplicate keys refused, and no limit of its own on the size
     * of a document (SnakeYAML's default of 3 Mi code points, and the 64 Mi once set here, refused
     * backups of 170,000 entries; a backup made by 'db backup' must always restore).
     */
    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    private static int line(Event event) {
        return event.getStartMark() == null ? 0 : event.getStartMark().getLine() + 1;
    }

    /** Builds trees from parser events, as SnakeYAML's composer builds nodes, and streams the chosen sequences. */
    private static final class EventTrees {
        private final Iterator<Event> events;
        private final Predicate<String> streamed;
        private final ItemSink sink;
        private final Resolver resolver = new Resolver();
        private final Map<String, Tree> anchors = new HashMap<>();

        EventTrees(Iterator<Event> events, Predicate<String> streamed, ItemSink sink) {
            this.events = events;
            this.streamed = streamed;
            this.sink = sink;
        }

        void expect(Class<? extends Event> kind) {
            Event event = events.next();
            if (!kind.isInstance(event)) {
                throw new FormatException(line(event), "", "not valid YAML: expected a single document in the stream");
            }
        }

        Tree node(Event event, String path) {
            Tree tree;
            String anchor = null;
            if (event instanceof AliasEvent alias) {
                tree = anchors.get(alias.getAnchor());
                if (tree == null) {
                    throw new FormatException(line(event), "", "not valid YAML: found undefined alias " + alias.getAnchor());
                }
                return tree;
            } else if (event instanceof ScalarEvent scalar) {
                anchor = scalar.getAnchor();
                tree = scalar(scalar);
            } else if (event instanceof SequenceStartEvent start) {
                anchor = start.getAnchor();
                tree = sequence(start, path, null);
            } else if (event instanceof MappingStartEvent start) {
                anchor = start.getAnchor();
                tree = mapping(start, path);
            } else {
                throw new FormatException(line(event), "", "not valid YAML: unexpected " + event.getEventId());
            }
            if (anchor != null) {
                anchors.put(anchor, tree);
            }
            return tree;
        }

        private Tree scalar(ScalarEvent scalar) {
            String tag = scalar.getTag();
            Tag resolved = tag == null || tag.equals("!")
                    ? resolver.resolve(NodeId.scalar, scalar.getValue(), scalar.getImplicit().canOmitTagInPlainScalar())
                    : new Tag(tag);
            if (resolved.equals(Tag.NULL)) {
                return new Tree.Null(line(scalar));
            }
            return new Tree.Scalar(scalar.getValue(), scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN,
                    line(scalar));
        }

        private Tree sequence(SequenceStartEvent start, String path, Map<String, Tree> siblings) {
            List<Tree> items = new ArrayList<>();
            int index = 0;
            for (Event event = events.next(); !(event instanceof SequenceEndEvent); event = events.next()) {
                String itemPath = path + "[" + index + "]";
                if (siblings != null) {
                    sink.item(path, siblings, index, node(event, itemPath));
                } else {
                    items.add(node(event, itemPath));
                }
                index++;
            }
            return new Tree.Sequence(items, line(start));
        }

        private Tree mapping(MappingStartEvent start, String path) {
            Map<String, Tree> fields = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            for (Event event = events.next(); !(event instanceof MappingEndEvent); event = events.next()) {
                String name = event instanceof ScalarEvent scalar ? scalar.getValue() : String.valueOf(node(event, path));
                int keyLine = line(event);
                if (fields.containsKey(name)) {
                    throw new FormatException(keyLine, "", "not valid YAML: found duplicate key " + name);
                }
                String fieldPath = path.isEmpty() ? name : path + "." + name;
                Event value = events.next();
                Tree tree = value instanceof SequenceStartEvent sequence && streamed.test(fieldPath)
                        ? sequence(sequence, fieldPath, Collections.unmodifiableMap(fields))
                        : node(value, fieldPath);
                fields.put(name, tree);
                keyLines.put(name, keyLine);
            }
            return new Tree.Mapping(fields, keyLines, line(start));
        }
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
