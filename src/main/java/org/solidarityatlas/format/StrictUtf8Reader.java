package org.solidarityatlas.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, refusing malformed bytes and input above a size limit with the line and column where
 * that happens. Jackson then parses characters, so its columns count characters as editors do, not bytes.
 * A leading byte order mark is skipped.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(65536);
    private final CharBuffer chars = CharBuffer.allocate(65536);
    /** The characters most recently handed to the parser, by offset modulo the length: see {@link #holds}. */
    private final char[] recent = new char[65536];
    private long delivered;
    private long bytesRead;
    private boolean endOfInput;
    private boolean atStart = true;

    // Position of the next character to decode, counted the way Jackson counts (\r\n is one line end).
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;

    StrictUtf8Reader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (endOfInput) {
                return -1;
            }
            decodeMore();
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        for (int i = 0; i < count; i++) {
            recent[(int) ((delivered + i) % recent.length)] = target[offset + i];
        }
        delivered += count;
        return count;
    }

    /**
     * Whether the characters from offset {@code from} up to {@code to}, counted from the start of the text as
     * Jackson counts them, hold {@code wanted}. Only the last 64K characters handed out are remembered (the parser
     * reads a few thousand ahead); older ones count as not holding it.
     */
    boolean holds(long from, long to, char wanted) {
        for (long offset = Math.max(from, delivered - recent.length); offset < Math.min(to, delivered); offset++) {
            if (recent[(int) (offset % recent.length)] == wanted) {
                return true;
            }
        }
        return false;
    }

    private void decodeMore() throws IOException {
        int room = (int) Math.min(bytes.remaining(), maxBytes + 1 - bytesRead);
        int n = in.read(bytes.array(), bytes.position(), room);
        boolean tooLarge = false;
        if (n < 0) {
            endOfInput = true;
        } else {
            bytesRead += n;
            tooLarge = bytesRead > maxBytes;
            // The byte beyond the limit is not decoded, so the position counted below is where the limit is hit.
            bytes.position(bytes.position() + (tooLarge ? n - 1 : n));
        }
        bytes.flip();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (endOfInput && !result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        skipByteOrderMark();
        countPositions();
        if (result.isError()) {
            throw new UnreadableInputException(line, column, describeBadBytes(result.length()));
        }
        if (tooLarge) {
            throw new UnreadableInputException(line, column, ProblemText.of("file.tooLarge",
                    JsonConfiguration.sizeInWords(maxBytes)));
        }
        bytes.compact();
    }

    private void skipByteOrderMark() {
        if (atStart && chars.hasRemaining()) {
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
            atStart = false;
        }
    }

    private void countPositions() {
        // Straight on the backing array: this runs over every character of files of tens of megabytes.
        char[] text = chars.array();
        int end = chars.arrayOffset() + chars.limit();
        for (int i = chars.arrayOffset() + chars.position(); i < end; i++) {
            char c = text[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                column = 1;
            } else if (c == '\r') {
                line++;
                column = 1;
            } else {
                column++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    /** Names the offending bytes, which the decoder left at the buffer's position. */
    private ProblemText describeBadBytes(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            if (i > 0) {
                hex.append(' ');
            }
            hex.append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return hex.length() == 0 ? ProblemText.of("file.utf8Incomplete")
                : ProblemText.of("file.utf8Bytes", hex.toString());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
