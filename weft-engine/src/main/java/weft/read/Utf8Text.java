package weft.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/** Decodes a file's bytes as strict UTF-8, reporting the line and column of the first byte that is not. */
final class Utf8Text {

    private Utf8Text() {
    }

    /** The text, or null after reporting the first malformed byte or NUL character of {@code path}. */
    static String decode(String path, byte[] bytes, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String text = out.flip().toString();
        if (result.isError()) {
            int bad = bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF;
            diagnostics.error(at(path, text, text.length()), String.format(Locale.ROOT,
                    "the file is not valid UTF-8 (byte 0x%02X%s): save it as UTF-8", bad,
                    looksLikeUtf16(bytes) ? ", it looks like UTF-16" : ""));
            return null;
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            diagnostics.error(at(path, text, nul), "the file contains a NUL character"
                    + (looksLikeUtf16(bytes) ? " (it looks like UTF-16)" : "") + ": save it as UTF-8 text");
            return null;
        }
        return text;
    }

    /** A byte-order mark of UTF-16, or a zero byte beside the first character (ASCII text in UTF-16). */
    private static boolean looksLikeUtf16(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF || first == 0 || second == 0;
    }

    /** Line and column (in characters, counted from 1) of offset {@code end} in the decoded {@code text}. */
    private static SourcePosition at(String path, String text, int end) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                column++;
            }
        }
        return new SourcePosition(path, line, column);
    }
}
