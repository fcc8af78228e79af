package org.detente.app.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads request bodies with a size limit: a body larger than the limit is a 413, whether or not
 * it announces its length, and is never read further than the limit; bytes that are not UTF-8 are a 400.
 */
final class Bodies {
    /** How much of a refused body is read and thrown away, in multiples of the limit. */
    private static final long DRAIN_FACTOR = 8;

    private Bodies() {
    }

    static String read(Context ctx, long limit) {
        long announced = ctx.contentLength();
        if (announced > limit) {
            drain(ctx, limit);
            throw tooLarge(limit, announced + " bytes");
        }
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                drain(in, limit);
            }
        } catch (IOException e) {
            // A body the client framed wrongly (a bad chunk size, a connection cut mid-body) is
            // the client's mistake, not the server's.
            throw ApiException.invalidBody(List.of(FieldError.of("body",
                    "could not be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))));
        }
        if (bytes.length > limit) {
            throw tooLarge(limit, "more than " + limit + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalidBody(List.of(FieldError.of("body", "is not valid UTF-8 text")));
        }
    }

    /**
     * Reads and discards what is left of a refused body, up to {@link #DRAIN_FACTOR} times the
     * limit: a client still sending when the 413 is written would otherwise see the connection
     * close before it reads the answer. A body larger still is cut off by closing the connection.
     */
    private static void drain(Context ctx, long limit) {
        try (InputStream in = ctx.bodyInputStream()) {
            drain(in, limit);
        } catch (IOException e) {
            // The client went away or sent less than it announced: nothing left to answer.
        }
    }

    private static void drain(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long budget = DRAIN_FACTOR * limit;
        int read;
        while (budget > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, budget))) >= 0) {
            budget -= read;
        }
    }

    private static ApiException tooLarge(long limit, String size) {
        String message = "the body has " + size + "; at most " + limit + " bytes are accepted";
        return new ApiException(413, "body-too-large", "The request body is too large", message,
                List.of(FieldError.of("body", message)));
    }
}
