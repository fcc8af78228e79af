package org.detente.events.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.detente.events.cameo.CameoCode;
import org.detente.events.cameo.CameoTable;
import org.detente.events.cameo.CountryCodes;
import org.detente.model.Country;

/**
 * The fields of a GDELT line that the pair-month aggregates need — the month, the two actors'
 * states and the Goldstein weight in tenths — read straight from the line by index scanning, for
 * scans over billions of rows. Nothing is allocated per line on well-formed rows of the usual form:
 * no split into strings, no {@link EventRecord}, no URL; states are {@link #number numbered} and
 * looked up in arrays.
 *
 * <p>A line is accepted exactly when {@link EventLineParser#parseGdelt} accepts it with the layout
 * its width gives (57 or 58 columns: GDELT 1.0, 61: GDELT 2.0), and the values read are the ones
 * the parser's {@link EventRecord} gives: every field the parser checks is checked by the same rule
 * (id, mentions and sources are whole numbers by the parser's own rule, the date a real {@code YYYYMMDD}
 * day, the CAMEO code one of the table's, the quad class 1..4, the Goldstein weight — the table's
 * when blank — within −10..10, the tone a finite number). Decimals other than the plain form
 * ({@code -1.5}) go through {@link Double#parseDouble}, as in the parser. {@code GdeltAggregateFieldsTest}
 * compares both on the fixture files, the shared real files and a row breaking each rule.
 *
 * <p>Not thread-safe: {@link #read} overwrites the fields of the previous line; use one per thread.
 */
public final class GdeltAggregateFields {
    /** Fields read, by 0-based column; the same in GDELT 1.0 and 2.0. */
    private static final int ID = 0;
    private static final int DATE = 1;
    private static final int ACTOR1 = 7;
    private static final int ACTOR2 = 17;
    private static final int EVENT_CODE = 26;
    private static final int QUAD_CLASS = 29;
    private static final int GOLDSTEIN = 30;
    private static final int MENTIONS = 31;
    private static final int SOURCES = 32;
    private static final int TONE = 34;
    private static final int LAST_READ = TONE;

    private static final long NOT_A_NUMBER = EventLineParser.NOT_A_NUMBER;
    private static final int NO_CODE = Integer.MIN_VALUE;
    private static final int LETTERS = 26;

    private final int[] cameoTenths = new int[11_100];
    private final int[] stateOfAlpha3 = new int[LETTERS * LETTERS * LETTERS];
    /** Start of each field up to {@link #LAST_READ}, and one past the end of the last: ends are starts − 1. */
    private final int[] starts = new int[LAST_READ + 2];

    private final Utf8Line bytes = new Utf8Line();
    private int monthIndex;
    private int actor1;
    private int actor2;
    private long goldsteinTenths;

    public GdeltAggregateFields(CameoTable table) {
        Objects.requireNonNull(table, "table is required");
        Arrays.fill(cameoTenths, NO_CODE);
        for (CameoCode code : table.all()) {
            cameoTenths[codeSlot(code.code(), 0, code.code().length())] = (int) Math.round(code.weight() * 10);
        }
        Arrays.fill(stateOfAlpha3, -1);
        CountryCodes.cameoCodes().forEach((code, country) -> {
            if (isAlpha3Slot(code, 0, code.length())) {
                stateOfAlpha3[alpha3Slot(code, 0)] = number(country);
            }
        });
    }

    /**
     * Reads a line: true when it is a well-formed GDELT 1.0 or 2.0 row, whose fields the getters then
     * give; false for a line of another width or a malformed row (the getters are then undefined).
     */
    public boolean read(CharSequence line) {
        int length = line.length();
        int columns = 1;
        starts[0] = 0;
        for (int i = 0; i < length; i++) {
            if (line.charAt(i) == '\t') {
                if (columns <= LAST_READ + 1) {
                    starts[columns] = i + 1;
                }
                columns++;
            }
        }
        if (columns != 57 && columns != 58 && columns != 61) {
            return false;
        }
        if (wholeNumber(line, ID) == NOT_A_NUMBER) {
            return false;
        }
        monthIndex = monthIndexOfCompactDate(line, starts[DATE], end(DATE));
        if (monthIndex < 0) {
            return false;
        }
        int codeStart = starts[EVENT_CODE];
        int codeEnd = end(EVENT_CODE);
        int weight = isCodeSlot(line, codeStart, codeEnd) ? cameoTenths[codeSlot(line, codeStart, codeEnd)] : NO_CODE;
        if (weight == NO_CODE) {
            return false;
        }
        long quad = wholeNumber(line, QUAD_CLASS);
        if (quad == NOT_A_NUMBER || (int) quad < 1 || (int) quad > 4) {
            return false;
        }
        if (starts[GOLDSTEIN] == end(GOLDSTEIN)) {
            goldsteinTenths = weight;
        } else {
            goldsteinTenths = goldsteinTenths(line, starts[GOLDSTEIN], end(GOLDSTEIN));
            if (goldsteinTenths == NOT_A_NUMBER) {
                return false;
            }
        }
        if (wholeNumber(line, MENTIONS) == NOT_A_NUMBER || wholeNumber(line, SOURCES) == NOT_A_NUMBER
                || !isFiniteNumber(line, starts[TONE], end(TONE))) {
            return false;
        }
        actor1 = state(line, starts[ACTOR1], end(ACTOR1));
        actor2 = state(line, starts[ACTOR2], end(ACTOR2));
        return true;
    }

    /**
     * Reads a line given as its UTF-8 bytes (the first {@code length} of {@code utf8}, without the
     * line break), as {@link #read(CharSequence)} reads the decoded line: the fields read are ASCII
     * when well formed, a tab is never part of a longer UTF-8 sequence, and the rare field read as
     * text (a decimal of another form, a country code of other characters) is decoded first.
     */
    public boolean read(byte[] utf8, int length) {
        bytes.reset(utf8, length);
        return read(bytes);
    }

    /** The months since year 0 of the row's day, as {@link EventRecord#monthIndex()}. */
    public int monthIndex() {
        return monthIndex;
    }

    /** The {@link #number number} of the state Actor1CountryCode stands for, or −1 for none. */
    public int actor1State() {
        return actor1;
    }

    /** The {@link #number number} of the state Actor2CountryCode stands for, or −1 for none. */
    public int actor2State() {
        return actor2;
    }

    /** Whether the row is an act of one state towards another, as {@link EventRecord#isInterstate()}. */
    public boolean isInterstate() {
        return actor1 >= 0 && actor2 >= 0 && actor1 != actor2;
    }

    /** The Goldstein weight in tenths, as {@link EventRecord#goldsteinTenths()}. */
    public long goldsteinTenths() {
        return goldsteinTenths;
    }

    /**
     * A state's number, its ISO alpha-2 code read in base 26 ({@code AA} 0, {@code AB} 1, ...,
     * {@code ZZ} 675): the same in every JVM, and numbers sort as the codes do.
     */
    public static int number(Country state) {
        return (state.code().charAt(0) - 'A') * LETTERS + state.code().charAt(1) - 'A';
    }

    /** The state of a {@link #number number}. */
    public static Country state(int number) {
        if (number < 0 || number >= LETTERS * LETTERS) {
            throw new IllegalArgumentException("state number " + number + " is outside 0..675");
        }
        return Country.of(new String(new char[] {(char) ('A' + number / LETTERS), (char) ('A' + number % LETTERS)}));
    }

    private int end(int field) {
        return starts[field + 1] - 1;
    }

    private long wholeNumber(CharSequence line, int field) {
        return EventLineParser.wholeNumber(line, starts[field], end(field));
    }

    /** The month index of an 8-character {@code YYYYMMDD} day that exists, or −1. */
    private static int monthIndexOfCompactDate(CharSequence line, int start, int end) {
        if (end - start != 8) {
            return -1;
        }
        long value = EventLineParser.wholeNumber(line, start, end);
        if (value < 0) { // not a number, or a sign, which leaves no valid month
            return -1;
        }
        int year = (int) (value / 10000);
        int month = (int) (value / 100 % 100);
        int day = (int) (value % 100);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return -1;
        }
        return year * 12 + month - 1;
    }

    /**
     * The weight in tenths of a Goldstein field that is not blank: exact for the plain form with at
     * most one decimal ({@code -7.5}, {@code 3}); any other form is read by {@link Double#parseDouble},
     * as the parser does. {@link #NOT_A_NUMBER} when not a finite number or outside −10..10.
     */
    private static long goldsteinTenths(CharSequence line, int start, int end) {
        boolean negative = line.charAt(start) == '-';
        int i = negative ? start + 1 : start;
        long units = 0;
        int digits = 0;
        while (i < end && digits < 3 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            units = units * 10 + (line.charAt(i++) - '0');
            digits++;
        }
        long tenths;
        if (digits > 0 && i == end) {
            tenths = units * 10;
        } else if (digits > 0 && i == end - 2 && line.charAt(i) == '.' && isDigit(line.charAt(i + 1))) {
            tenths = units * 10 + (line.charAt(i + 1) - '0');
        } else {
            double value = parseDouble(line.subSequence(start, end).toString());
            if (Double.isNaN(value) || value < -10 || value > 10) {
                return NOT_A_NUMBER;
            }
            return Math.round(value * 10);
        }
        tenths = negative ? -tenths : tenths;
        return tenths < -100 || tenths > 100 ? NOT_A_NUMBER : tenths;
    }

    /**
     * Whether a field is a finite number by {@link Double#parseDouble}: decided here for the plain
     * form (optional minus, 1 to 15 digits, optionally a point and 1 to 15 digits), which always is;
     * any other text is given to {@code parseDouble}.
     */
    private static boolean isFiniteNumber(CharSequence line, int start, int end) {
        int i = start < end && line.charAt(start) == '-' ? start + 1 : start;
        int integer = i;
        while (i < end && isDigit(line.charAt(i))) {
            i++;
        }
        int integerDigits = i - integer;
        if (integerDigits > 0 && integerDigits <= 15) {
            if (i == end) {
                return true;
            }
            if (line.charAt(i) == '.') {
                int fraction = ++i;
                while (i < end && isDigit(line.charAt(i))) {
                    i++;
                }
                if (i == end && i - fraction > 0 && i - fraction <= 15) {
                    return true;
                }
            }
        }
        double value = parseDouble(line.subSequence(start, end).toString());
        return !Double.isNaN(value) && !Double.isInfinite(value);
    }

    /** {@link Double#parseDouble}, NaN for text it refuses. */
    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private int state(CharSequence line, int start, int end) {
        if (end - start != 3) {
            return -1;
        }
        if (isAlpha3Slot(line, start, end)) {
            return stateOfAlpha3[alpha3Slot(line, start)];
        }
        // a code of three characters not all capital letters: no CAMEO state has one, but ask the map
        Optional<Country> country = CountryCodes.fromCameo(line.subSequence(start, end).toString());
        return country.map(GdeltAggregateFields::number).orElse(-1);
    }

    private static boolean isAlpha3Slot(CharSequence text, int start, int end) {
        if (end - start != 3) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static int alpha3Slot(CharSequence text, int start) {
        return ((text.charAt(start) - 'A') * LETTERS + text.charAt(start + 1) - 'A') * LETTERS
                + text.charAt(start + 2) - 'A';
    }

    /** Whether a field has the form of a CAMEO code: 2 to 4 digits. */
    private static boolean isCodeSlot(CharSequence text, int start, int end) {
        if (end - start < 2 || end - start > 4) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A slot per code of 2 to 4 digits: 0..99 for two, 100..1099 for three, 1100..11099 for four. */
    private static int codeSlot(CharSequence text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        int length = end - start;
        return length == 2 ? value : length == 3 ? 100 + value : 1100 + value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A line of UTF-8 bytes seen as characters without decoding it: each byte is one character, so
     * ASCII reads as itself and any other byte as a character above U+007F, which no check of a
     * well-formed field accepts; a sub-sequence is decoded, so text handed on is the real text.
     */
    private static final class Utf8Line implements CharSequence {
        private byte[] bytes = new byte[0];
        private int length;

        void reset(byte[] utf8, int utf8Length) {
            if (utf8Length < 0 || utf8Length > utf8.length) {
                throw new IndexOutOfBoundsException("length " + utf8Length + " of " + utf8.length + " bytes");
            }
            this.bytes = utf8;
            this.length = utf8Length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }
}
