package org.detente.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a fact comes from: an address, its title, who published it and when; the instant of
 * publication when the source gives the hour ({@code publishedAt}, on the day {@code published}),
 * and the language of the page when it is not English ({@code ""} otherwise).
 */
public record Source(URI url, String title, String publisher, LocalDate published, Optional<Instant> publishedAt,
                     String language) {
    public Source {
        Objects.requireNonNull(publishedAt, "publishedAt is required (empty when only the day is known)");
        if (publishedAt.isPresent() && published != null
                && !publishedAt.get().atOffset(ZoneOffset.UTC).toLocalDate().equals(published)) {
            throw new IllegalArgumentException("source date " + publishedAt.get() + " must fall on " + published
                    + " in UTC");
        }
        language = Text.optional(language);
        if (!language.isEmpty() && !language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("source language '" + language
                    + "' must be an ISO 639 code in lower case (ru, en, es)");
        }
        Objects.requireNonNull(url, "source url is required");
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("source url '" + url + "' must be an absolute http(s) address");
        }
        title = Text.require(title, "source title");
        publisher = Text.require(publisher, "source publisher");
        Objects.requireNonNull(published, "source date is required");
    }

    /** A source known to the day, in English or a language not recorded. */
    public Source(URI url, String title, String publisher, LocalDate published) {
        this(url, title, publisher, published, Optional.empty(), "");
    }

    /** The moment the source became public as far as it says: its instant, or the start of its day in UTC. */
    public Instant publicFrom() {
        return publishedAt.orElseGet(() -> published.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * The publisher as counted for corroboration: its name before any bracket ("The Star (Reuters
     * report)" is counted as Reuters, the wire that wrote it, when the bracket names a wire), lower case.
     */
    public String independentPublisher() {
        String lower = publisher.toLowerCase(java.util.Locale.ROOT);
        for (String wire : WIRES) {
            if (lower.contains(wire)) {
                return wire;
            }
        }
        int bracket = lower.indexOf('(');
        return (bracket > 0 ? lower.substring(0, bracket) : lower).trim();
    }

    /** Wire services whose reports other publishers carry: a reprint is not a second publisher. */
    private static final java.util.List<String> WIRES = java.util.List.of("associated press", "reuters",
            "agence france-presse", "afp", "tass", "ria novosti", "interfax", "bloomberg");
}
