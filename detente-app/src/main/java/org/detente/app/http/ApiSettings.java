package org.detente.app.http;

import java.util.Objects;
import java.util.Optional;

/**
 * How the API behaves: whether reads need a token, the largest request body accepted (larger is
 * a 413), the default and largest page of a listing, whether the session cookie is marked
 * {@code Secure} (on when the server is reached over TLS, e.g. behind {@code --public-url https://...}),
 * and the address users reach the server at ({@code --public-url}; empty when not given), from
 * which the feeds build their absolute links instead of the request's Host header.
 */
public record ApiSettings(boolean readsRequireToken, long maxBodyBytes, int defaultPageSize, int maxPageSize,
                          boolean secureCookies, Optional<String> publicUrl) {
    public static final long ONE_MIB = 1024L * 1024L;

    public ApiSettings {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        if (defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("defaultPageSize must be between 1 and maxPageSize (" + maxPageSize
                    + "), got " + defaultPageSize);
        }
        Objects.requireNonNull(publicUrl, "publicUrl is required (empty when not given)");
    }

    /** Open reads, 1 MiB bodies, pages of 100 and at most 500, no public address. */
    public static ApiSettings defaults() {
        return new ApiSettings(false, ONE_MIB, 100, 500, false, Optional.empty());
    }

    public ApiSettings withReadsRequiringToken(boolean required) {
        return new ApiSettings(required, maxBodyBytes, defaultPageSize, maxPageSize, secureCookies, publicUrl);
    }

    public ApiSettings withSecureCookies(boolean secure) {
        return new ApiSettings(readsRequireToken, maxBodyBytes, defaultPageSize, maxPageSize, secure, publicUrl);
    }

    /** With the address users reach the server at (an absolute http(s) address), or none when null. */
    public ApiSettings withPublicUrl(String url) {
        return new ApiSettings(readsRequireToken, maxBodyBytes, defaultPageSize, maxPageSize, secureCookies,
                Optional.ofNullable(url).map(String::trim).filter(u -> !u.isEmpty()));
    }
}
