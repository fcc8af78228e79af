package org.detente.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/** Where a fact comes from: an address, its title, who published it and when. */
public record Source(URI url, String title, String publisher, LocalDate published) {
    public Source {
        Objects.requireNonNull(url, "source url is required");
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("source url '" + url + "' must be an absolute http(s) address");
        }
        title = Text.require(title, "source title");
        publisher = Text.require(publisher, "source publisher");
        Objects.requireNonNull(published, "source date is required");
    }
}
