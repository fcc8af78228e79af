package org.detente.testkit.gdelt;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.detente.model.Country;

/**
 * Writes synthetic GDELT 2.0 event files (61 tab-separated columns, no header).
 *
 * <p>Model: every directed pair has a mood per month, cooperative or conflictual, drawn at random
 * (a hash of the seed, the pair and the month, so it costs no memory). An event picks a directed
 * pair (a planted pair's direction with probability {@code plantedShare}, else any pair), a day
 * of the period uniformly, and a CAMEO code whose sign matches its pair's mood nine times in ten.
 * The responder of a planted pair takes the actor's mood of {@code lag} months before, so its
 * monthly Goldstein sums follow the actor's: the scan must find it. Deterministic for a seed.
 */
public final class SyntheticGdelt {
    private static final String[] COOPERATIVE = {"042", "046", "057", "061", "0831"};
    private static final double[] COOPERATIVE_WEIGHT = {1.9, 7.0, 8.0, 6.4, 7.4};
    private static final String[] CONFLICTUAL = {"112", "163", "174", "1711", "190"};
    private static final double[] CONFLICTUAL_WEIGHT = {-2.0, -8.0, -5.0, -9.2, -10.0};

    private final long seed;
    private final List<Country> countries;
    private final YearMonth first;
    private final int months;
    private final List<PlantedPair> planted;
    private final double plantedShare;

    /**
     * @param countries    the states that act (at least two)
     * @param first        the first month of the period
     * @param months       how many months the period has
     * @param planted      the reciprocal pairs to plant
     * @param plantedShare the share of events that belong to planted pairs (0..1)
     */
    public SyntheticGdelt(long seed, List<Country> countries, YearMonth first, int months, List<PlantedPair> planted,
                          double plantedShare) {
        this.seed = seed;
        this.countries = List.copyOf(countries);
        if (this.countries.size() < 2) {
            throw new IllegalArgumentException("at least two countries are needed, got " + countries.size());
        }
        this.first = Objects.requireNonNull(first, "first is required");
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, got " + months);
        }
        this.months = months;
        this.planted = List.copyOf(planted);
        if (plantedShare < 0 || plantedShare > 1 || plantedShare > 0 && this.planted.isEmpty()) {
            throw new IllegalArgumentException("plantedShare must be 0..1, and 0 without planted pairs; got "
                    + plantedShare);
        }
        this.plantedShare = plantedShare;
    }

    /** The first {@code n} countries the JDK knows that CAMEO writes as their ISO alpha-3 code, in a fixed order. */
    public static List<Country> countries(int n) {
        List<Country> all = new ArrayList<>();
        for (String code : List.of("US", "RU", "CN", "GB", "FR", "DE", "JP", "IN", "BR", "TR", "IR", "IL", "UA",
                "PL", "IT", "ES", "CA", "MX", "KR", "KP", "PK", "AF", "SY", "IQ", "SA", "EG", "ZA", "NG", "KE", "ET",
                "AU", "ID", "VN", "TH", "PH", "MY", "AR", "CL", "CO", "VE", "CU", "SE", "NO", "FI", "DK", "NL", "BE",
                "CH", "AT", "GR")) {
            all.add(Country.of(code));
        }
        if (n < 2 || n > all.size()) {
            throw new IllegalArgumentException("n must be 2.." + all.size() + ", got " + n);
        }
        return all.subList(0, n);
    }

    /** Writes {@code events} events into {@code files} files named {@code synthetic-NNN.export.CSV} in {@code dir}. */
    public List<Path> write(Path dir, long events, int files) {
        if (files < 1) {
            throw new IllegalArgumentException("files must be at least 1, got " + files);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        List<Path> written = new ArrayList<>();
        long done = 0;
        for (int f = 0; f < files; f++) {
            long count = events / files + (f < events % files ? 1 : 0);
            Path file = dir.resolve(String.format("synthetic-%03d.export.CSV", f));
            write(file, done, count, new SplittableRandom(seed * 1_000_003L + f));
            written.add(file);
            done += count;
        }
        return written;
    }

    private void write(Path file, long firstId, long count, SplittableRandom random) {
        int n = countries.size();
        String[] alpha3 = countries.stream().map(SyntheticGdelt::cameoOf).toArray(String[]::new);
        int[] plantedActor = new int[planted.size()];
        int[] plantedResponder = new int[planted.size()];
        for (int i = 0; i < planted.size(); i++) {
            plantedActor[i] = indexOf(planted.get(i).actor());
            plantedResponder[i] = indexOf(planted.get(i).responder());
        }
        LocalDate start = first.atDay(1);
        int days = (int) (first.plusMonths(months).atDay(1).toEpochDay() - start.toEpochDay());
        StringBuilder line = new StringBuilder(512);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long k = 0; k < count; k++) {
                int a;
                int b;
                int moodPair;
                int lag = 0;
                if (random.nextDouble() < plantedShare) {
                    int p = random.nextInt(planted.size());
                    if (random.nextBoolean()) {
                        a = plantedActor[p];
                        b = plantedResponder[p];
                    } else {
                        a = plantedResponder[p];
                        b = plantedActor[p];
                        lag = planted.get(p).lagMonths();
                    }
                    moodPair = plantedActor[p] * n + plantedResponder[p];
                } else {
                    a = random.nextInt(n);
                    b = random.nextInt(n - 1);
                    if (b >= a) {
                        b++;
                    }
                    moodPair = a * n + b;
                }
                LocalDate day = start.plusDays(random.nextInt(days));
                int month = (int) (YearMonth.from(day).getYear() * 12L + day.getMonthValue() - 1
                        - (first.getYear() * 12L + first.getMonthValue() - 1));
                boolean cooperative = mood(moodPair, month - lag) == (random.nextInt(10) != 0);
                int pick = random.nextInt(COOPERATIVE.length);
                String code = cooperative ? COOPERATIVE[pick] : CONFLICTUAL[pick];
                double weight = cooperative ? COOPERATIVE_WEIGHT[pick] : CONFLICTUAL_WEIGHT[pick];
                int mentions = 1 + random.nextInt(20);
                double tone = Math.round((random.nextDouble() * 20 - 10) * 1000) / 1000.0;
                row(line, firstId + k + 1, day, alpha3[a], alpha3[b], code, weight, mentions, tone);
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The mood of a directed pair in a month (true: cooperative); months before the period are random too. */
    private boolean mood(int pair, int month) {
        long h = seed * 0x9E3779B97F4A7C15L + pair * 0xBF58476D1CE4E5B9L + (month + 16) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        h *= 0xD6E8FEB86659FD93L;
        h ^= h >>> 32;
        return (h & 1) == 0;
    }

    /**
     * The CAMEO code GDELT writes for a state: its ISO alpha-3 code. Worked out here, not asked of
     * detente-events, so that the kit depends on the core only; the countries of {@link #countries}
     * are those whose CAMEO code is their alpha-3 code, and the events module's tests read every
     * written line back with its own parser.
     */
    private static String cameoOf(Country country) {
        return new Locale("", country.code()).getISO3Country();
    }

    private int indexOf(Country country) {
        int index = countries.indexOf(country);
        if (index < 0) {
            throw new IllegalArgumentException("planted country " + country + " is not among the countries");
        }
        return index;
    }

    private static void row(StringBuilder line, long id, LocalDate day, String actor1, String actor2, String code,
                            double weight, int mentions, double tone) {
        int date = day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
        int root = Integer.parseInt(code.substring(0, 2));
        int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
        line.setLength(0);
        line.append(id).append('\t').append(date).append('\t').append(date / 100).append('\t').append(date / 10000)
                .append('\t').append(day.getYear()).append('.').append(String.format("%04d",
                        day.getDayOfYear() * 10000 / 366)).append('\t');
        actor(line, actor1);
        actor(line, actor2);
        line.append("1\t").append(code).append('\t').append(code, 0, Math.min(3, code.length())).append('\t')
                .append(code, 0, 2).append('\t').append(quad).append('\t').append(weight).append('\t')
                .append(mentions).append('\t').append(1 + mentions / 4).append('\t').append(mentions).append('\t')
                .append(tone).append('\t');
        for (int geo = 0; geo < 3; geo++) {
            line.append("0\t\t\t\t\t\t\t\t");
        }
        line.append(date).append("000000\thttps://news.example.org/").append(date).append('/').append(id).append('\n');
    }

    private static void actor(StringBuilder line, String alpha3) {
        // Actor code, name, country code, then 7 empty group/ethnic/religion/type fields.
        line.append(alpha3).append('\t').append(alpha3).append(" GOVERNMENT\t").append(alpha3)
                .append("\t\t\t\t\t\t\t\t");
    }
}
