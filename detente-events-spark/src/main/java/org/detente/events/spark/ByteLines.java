package org.detente.events.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, without making a string per line: a line ends at {@code \n},
 * {@code \r} or {@code \r\n}, as Hadoop's text input ends them, so a zipped file and its plain
 * copy give the same lines. The bytes handed on are valid until the next line is read.
 */
final class ByteLines {
    /** Receives one line: its bytes are {@code bytes[0..length)}. */
    interface Sink {
        void line(byte[] bytes, int length);
    }

    private ByteLines() {
    }

    /** Hands every line of {@code in} to {@code sink}, the last one even without an end of line. */
    static void read(InputStream in, Sink sink) throws IOException {
        byte[] buffer = new byte[1 << 16];
        byte[] line = new byte[1 << 10];
        int length = 0;
        boolean afterCarriageReturn = false;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false;
                    continue;
                }
                afterCarriageReturn = b == '\r';
                if (b == '\n' || b == '\r') {
                    sink.line(line, length);
                    length = 0;
                } else {
                    if (length == line.length) {
                        line = Arrays.copyOf(line, line.length * 2);
                    }
                    line[length++] = b;
                }
            }
        }
        if (length > 0) {
            sink.line(line, length);
        }
    }
}
