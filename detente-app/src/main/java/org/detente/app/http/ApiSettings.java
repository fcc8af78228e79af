package org.detente.app.http;

/**
 * How the API behaves: whether reads need a token, the largest request body accepted (larger is
 * a 413), the default and largest page of a listing, and whether the session cookie is marked
 * {@code Secure} (on when the server is reached over TLS, e.g. behind {@code --public-url https://...}).
 */
public record ApiSettings(boolean readsRequireToken, long maxBodyBytes, int defaultPageSize, int maxPageSize,
                          boolean secureCookies) {
    public static final long ONE_MIB = 1024L * 1024L;

    public ApiSettings {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        if (defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("defaultPageSize must be between 1 and maxPageSize (" + maxPageSize
                    + "), got " + defaultPageSize);
        }
    }

    /** Open reads, 1 MiB bodies, pages of 100 and at most 500. */
    public static ApiSettings defaults() {
        return new ApiSettings(false, ONE_MIB, 100, 500, false);
    }

    public ApiSettings withReadsRequiringToken(boolean required) {
        return new ApiSettings(required, maxBodyBytes, defaultPageSize, maxPageSize, secureCookies);
    }

    public ApiSettings withSecureCookies(boolean secure) {
        return new ApiSettings(readsRequireToken, maxBodyBytes, defaultPageSize, maxPageSize, secure);
    }
}
