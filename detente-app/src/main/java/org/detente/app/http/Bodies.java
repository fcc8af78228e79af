package org.detente.app.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    private Bodies() {
    }

    static String read(Context ctx, long limit) {
        long announced = ctx.contentLength();
        if (announced > limit) {
            throw tooLarge(limit, announced + " bytes");
        }
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
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

    private static ApiException tooLarge(long limit, String size) {
        String message = "the body has " + size + "; at most " + limit + " bytes are accepted";
        return new ApiException(413, "body-too-large", "The request body is too large", message,
                List.of(FieldError.of("body", message)));
    }
}
