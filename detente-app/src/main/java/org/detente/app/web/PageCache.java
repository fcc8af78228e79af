package org.detente.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rendered pages of visitors who have not signed in, kept so that a page's cost no longer grows
 * with the ledger: a hit costs a few version lookups and a copy of the bytes.
 *
 * <p>A page is kept under everything its output depends on: the path (so the dyad and the page),
 * the query parameters sorted by name (the date, the moment of knowledge, the filters, the page
 * number), today's date (the default date and the slider's end), the last sequence of every dyad
 * held (the page's own ledger, the dyad switcher's names, the comparison's reference cases), and the
 * size and time of the news event store's files (the reciprocity page's event panel). A new entry
 * moves a last sequence, so the next request renders afresh.
 *
 * <p>Only anonymous sessions are served from here. Their pages differ in one thing, the session's
 * CSRF token; the page is kept with the token cut out and each visitor's own token is put back, so
 * no visitor ever receives another's token. A signed-in visitor's page (editor controls, the
 * name, a stored session's token) is never kept and never served from here.
 *
 * <p>Each response carries an {@code ETag} (the kept page's digest and the token's) and
 * {@code Cache-Control: private, no-cache}, so a browser may keep the page but asks each time; an
 * {@code If-None-Match} that names the current tag is answered 304 with no body. Memory is bounded:
 * the least recently used pages are dropped once the kept bytes pass {@code maxBytes}. Visitors who
 * ask at once for a page not kept yet wait for one render of it (a large ledger's page can take
 * seconds, and 64 renders of it at once would take 64 times as long).
 */
final class PageCache {
    /** What the cache keeps at most by default: the bytes of the kept pages. */
    static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private final PageSupport support;
    private final Path events;
    private final long maxBytes;
    private final Map<Key, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<Key, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    private long bytes;

    /** A cache of the pages of {@code support}'s workspace, whose event panel reads {@code events}. */
    PageCache(PageSupport support, Path events, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.support = support;
        this.events = events;
        this.maxBytes = maxBytes;
    }

    /** What a kept page is kept under; versions are the dyads' last sequences in the workspace's order. */
    private record Key(String path, Map<String, List<String>> query, String today, List<Object> versions) {
        int weight() {
            return path.length() + query.toString().length() + 64;
        }
    }

    /**
     * A rendered page with the session's token cut out: {@code parts} joined by the token give the
     * page; {@code digest} identifies the parts.
     */
    private record Page(byte[][] parts, String contentType, String digest) {
        int weight() {
            int sum = 0;
            for (byte[] part : parts) {
                sum += part.length + 16;
            }
            return sum;
        }

        byte[] with(byte[] token) {
            int length = (parts.length - 1) * token.length;
            for (byte[] part : parts) {
                length += part.length;
            }
            byte[] body = new byte[length];
            int at = 0;
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    System.arraycopy(token, 0, body, at, token.length);
                    at += token.length;
                }
                System.arraycopy(parts[i], 0, body, at, parts[i].length);
                at += parts[i].length;
            }
            return body;
        }
    }

    /** {@code page}, served from the cache for anonymous GETs and kept when it answers 200. */
    Handler around(Handler page) {
        return ctx -> {
            Sessions.Session session = support.sessions().of(ctx);
            if (ctx.method() != HandlerType.GET || session.token().isPresent()) {
                page.handle(ctx);
                return;
            }
            Key key = key(ctx);
            Page kept = get(key);
            if (kept == null) {
                CompletableFuture<Page> mine = new CompletableFuture<>();
                CompletableFuture<Page> running = rendering.putIfAbsent(key, mine);
                // Many visitors asking for a page not kept yet wait for one render of it, not one each.
                kept = running != null ? running.join() : render(page, ctx, key, session, mine);
                if (kept == null) {
                    if (running != null) {
                        page.handle(ctx);
                    }
                    return;
                }
            }
            serve(ctx, kept, session.csrf());
        };
    }

    /** Renders the page for this request and keeps it when it answers 200; null when it is not to be kept. */
    private Page render(Handler page, Context ctx, Key key, Sessions.Session session, CompletableFuture<Page> done)
            throws Exception {
        Page kept = null;
        try {
            page.handle(ctx);
            if (ctx.statusCode() == 200 && ctx.resultInputStream() != null) {
                kept = cut(read(ctx.resultInputStream()), session.csrf(), ctx.res().getContentType());
                put(key, kept);
            }
            return kept;
        } finally {
            rendering.remove(key);
            done.complete(kept);
        }
    }

    private void serve(Context ctx, Page page, String csrf) {
        byte[] token = csrf.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + page.digest() + "-" + digest(token).substring(0, 12) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "private, no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            ctx.result(new byte[0]);
            return;
        }
        ctx.status(200);
        if (page.contentType() != null) {
            ctx.contentType(page.contentType());
        }
        ctx.result(page.with(token));
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (weakly compared, as RFC 9110 asks for it). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private Key key(Context ctx) {
        Map<String, List<String>> query = new TreeMap<>(ctx.queryParamMap());
        // Every dyad's version in one read: a kept page is served with one query, not one a dyad and one more.
        List<Object> versions = new ArrayList<>();
        support.views().workspace().lastSequences().forEach((dyad, last) -> {
            versions.add(dyad);
            versions.add(last);
        });
        versions.add(stamp(events));
        versions.add(stamp(events == null ? null : events.resolveSibling(events.getFileName() + ".wal")));
        return new Key(ctx.path(), query, support.today().toString(), versions);
    }

    /** A file's size and time of change, or "none": enough to see that another process changed it. */
    private static String stamp(Path file) {
        if (file == null) {
            return "none";
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        } catch (IOException absent) {
            return "none";
        }
    }

    private synchronized Page get(Key key) {
        return pages.get(key);
    }

    private synchronized void put(Key key, Page page) {
        long weight = (long) key.weight() + page.weight();
        if (weight > maxBytes) {
            return;
        }
        Page old = pages.put(key, page);
        if (old != null) {
            bytes -= key.weight() + old.weight();
        }
        bytes += weight;
        var eldest = pages.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Key, Page> dropped = eldest.next();
            bytes -= dropped.getKey().weight() + dropped.getValue().weight();
            eldest.remove();
        }
    }

    /** How many pages are kept, and their bytes (for tests and metrics). */
    synchronized long[] size() {
        return new long[] {pages.size(), bytes};
    }

    private static Page cut(byte[] body, String csrf, String contentType) {
        byte[] token = csrf.getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int at = indexOf(body, token, 0); at >= 0; at = indexOf(body, token, from)) {
            parts.add(Arrays.copyOfRange(body, from, at));
            from = at + token.length;
        }
        parts.add(Arrays.copyOfRange(body, from, body.length));
        MessageDigest sha = sha256();
        for (byte[] part : parts) {
            sha.update(part);
            sha.update((byte) 0);
        }
        String digest = Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 22);
        return new Page(parts.toArray(new byte[0][]), contentType, digest);
    }

    private static int indexOf(byte[] body, byte[] token, int from) {
        outer:
        for (int i = from; i <= body.length - token.length; i++) {
            for (int j = 0; j < token.length; j++) {
                if (body[i + j] != token[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String digest(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] read(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a rendered page from memory", e);
        }
    }
}
