package org.detente.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers before a request reaches a route (a URI or header it cannot parse, a
 * line or header too long, a bad Host, Transfer-Encoding beside Content-Length, an Expect it does
 * not meet), written as the same problem+json document every other error is, instead of Jetty's
 * HTML page.
 */
final class JettyProblems extends ErrorHandler {
    private final ObjectMapper mapper;

    JettyProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemResponses.CONTENT_TYPE_UTF_8);
        response.write(true, ByteBuffer.wrap(body(code, message, request.getHttpURI().getPath())), callback);
    }

    /** The answer to a request Jetty could not parse at all; it has no path. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ProblemResponses.CONTENT_TYPE_UTF_8));
        return ByteBuffer.wrap(body(status, reason, null));
    }

    private byte[] body(int code, String message, String path) {
        int status = code < 400 || code > 599 ? 400 : code;
        String title = HttpStatus.getMessage(status);
        Map<String, Object> body = ProblemResponses.problem("http-" + status, title, status,
                message == null || message.isBlank() ? title : message, path);
        body.put("errors", List.of());
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            return ("{\"status\":" + status + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
