package org.detente.events.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.detente.events.cameo.CameoCode;
import org.detente.events.cameo.CameoTable;
import org.detente.events.cameo.CountryCodes;
import org.detente.model.Country;

/**
 * Parses one line of an event file into an {@link EventRecord}, or says which field breaks which
 * rule. Splits on tabs once and reads only the fields kept, so a 61-column line costs one pass.
 * Not thread-safe (it reuses its field offsets); use one per thread. Serializable so that a
 * distributed job can ship it to its workers.
 */
public final class EventLineParser implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_FIELDS = 64;
    /** What {@link #wholeNumber} gives for text that is not one: no 18-character number has this value. */
    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    private final transient CameoTable table;
    private transient int[] starts;
    private transient int[] ends;

    public EventLineParser(CameoTable table) {
        this.table = Objects.requireNonNull(table, "table is required");
    }

    private Object readResolve() {
        return new EventLineParser(CameoTable.standard());
    }

    /** Parses a GDELT 1.0 (57 or 58 columns) or 2.0 (61 columns) line of the given layout. */
    public EventRecord parseGdelt(String line, EventFileLayout layout) throws MalformedRowException {
        int count = split(line);
        EventSource source;
        int urlField;
        if (layout == EventFileLayout.GDELT1) {
            if (count != 57 && count != 58) {
                throw new MalformedRowException("has " + count + " tab-separated columns; GDELT 1.0 rows have 57 or 58");
            }
            source = EventSource.GDELT1;
            urlField = count == 58 ? 57 : -1;
        } else if (layout == EventFileLayout.GDELT2) {
            if (count != 61) {
                throw new MalformedRowException("has " + count + " tab-separated columns; GDELT 2.0 rows have 61");
            }
            source = EventSource.GDELT2;
            urlField = 60;
        } else {
            throw new IllegalArgumentException(layout + " is not a GDELT layout");
        }
        long id = parseLong(line, 0, "GLOBALEVENTID");
        LocalDate day = parseCompactDate(line, 1, "SQLDATE");
        String code = field(line, 26);
        CameoCode cameo = table.find(code).orElseThrow(() ->
                new MalformedRowException("EventCode '" + code + "' is not a CAMEO event code"));
        int quad = (int) parseLong(line, 29, "QuadClass");
        if (quad < 1 || quad > 4) {
            throw new MalformedRowException("QuadClass " + quad + " is not 1..4");
        }
        double goldstein = isEmpty(29 + 1) ? cameo.weight() : parseDouble(line, 30, "GoldsteinScale");
        if (goldstein < -10 || goldstein > 10) {
            throw new MalformedRowException("GoldsteinScale " + goldstein + " is outside -10..10");
        }
        OptionalInt mentions = OptionalInt.of((int) parseLong(line, 31, "NumMentions"));
        OptionalInt sources = OptionalInt.of((int) parseLong(line, 32, "NumSources"));
        OptionalDouble tone = OptionalDouble.of(parseDouble(line, 34, "AvgTone"));
        Optional<String> url = urlField < 0 || isEmpty(urlField) ? Optional.empty() : Optional.of(field(line, urlField));
        return new EventRecord(source, id, day, CountryCodes.fromCameo(field(line, 7)),
                CountryCodes.fromCameo(field(line, 17)), code, quad, goldstein, mentions, sources, tone, url);
    }

    /** Parses an ICEWS data line (not the header). */
    public EventRecord parseIcews(String line) throws MalformedRowException {
        int count = split(line);
        if (count != EventFileLayout.ICEWS_HEADER.size()) {
            throw new MalformedRowException("has " + count + " tab-separated columns; ICEWS rows have "
                    + EventFileLayout.ICEWS_HEADER.size());
        }
        long id = parseLong(line, 0, "Event ID");
        String dateText = field(line, 1);
        LocalDate day;
        try {
            day = LocalDate.parse(dateText);
        } catch (DateTimeException e) {
            throw new MalformedRowException("Event Date '" + dateText + "' is not a date (YYYY-MM-DD)");
        }
        String code = field(line, 6);
        CameoCode cameo = table.find(code).orElseThrow(() ->
                new MalformedRowException("CAMEO Code '" + code + "' is not a CAMEO event code"));
        Optional<Country> actor1 = CountryCodes.fromName(field(line, 4));
        Optional<Country> actor2 = CountryCodes.fromName(field(line, 10));
        return new EventRecord(EventSource.ICEWS, id, day, actor1, actor2, code, cameo.quadClass(), cameo.weight(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(), Optional.empty());
    }

    /** The tab-separated fields of a line, for recognising a layout from a first line. */
    public static String[] fields(String line) {
        return line.split("\t", -1);
    }

    private int split(String line) {
        if (starts == null) {
            starts = new int[MAX_FIELDS];
            ends = new int[MAX_FIELDS];
        }
        int count = 0;
        int start = 0;
        int length = line.length();
        while (true) {
            int tab = line.indexOf('\t', start);
            int end = tab < 0 ? length : tab;
            if (count < MAX_FIELDS) {
                starts[count] = start;
                ends[count] = end;
            }
            count++;
            if (tab < 0) {
                return count;
            }
            start = tab + 1;
        }
    }

    private boolean isEmpty(int index) {
        return starts[index] == ends[index];
    }

    private String field(String line, int index) {
        return line.substring(starts[index], ends[index]);
    }

    private long parseLong(String line, int index, String name) throws MalformedRowException {
        long value = wholeNumber(line, starts[index], ends[index]);
        if (value == NOT_A_NUMBER) {
            throw new MalformedRowException(name + " '" + field(line, index) + "' is not a whole number");
        }
        return value;
    }

    /**
     * The rule for whole numbers (ids, counts, dates, quad classes), shared with
     * {@link GdeltAggregateFields}: an optional minus sign followed by at least one digit, 18
     * characters at most; {@link #NOT_A_NUMBER} for any other text.
     */
    static long wholeNumber(CharSequence line, int start, int end) {
        boolean negative = start < end && line.charAt(start) == '-';
        if (start == end || end - start > 18 || negative && end - start == 1) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = negative ? start + 1 : start; i < end; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    private double parseDouble(String line, int index, String name) throws MalformedRowException {
        String text = field(line, index);
        try {
            double value = Double.parseDouble(text);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new MalformedRowException(name + " '" + text + "' is not a number");
        }
    }

    private LocalDate parseCompactDate(String line, int index, String name) throws MalformedRowException {
        if (ends[index] - starts[index] != 8) {
            throw new MalformedRowException(name + " '" + field(line, index) + "' is not a date (YYYYMMDD)");
        }
        long value = parseLong(line, index, name);
        try {
            return LocalDate.of((int) (value / 10000), (int) (value / 100 % 100), (int) (value % 100));
        } catch (DateTimeException e) {
            throw new MalformedRowException(name + " '" + value + "' is not a date (YYYYMMDD)");
        }
    }
}
