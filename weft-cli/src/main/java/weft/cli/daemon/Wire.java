package weft.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the client and the daemon say to each other. The client sends one {@link Request}; the daemon answers with
 * frames: {@link #ACCEPTED} (it took the request), any number of {@link #OUT} and {@link #ERR} frames (bytes for the
 * client's standard output and error), then {@link #EXIT} with the exit code. Every field is bounded when read.
 */
final class Wire {

    static final int MAGIC = 0x57454654; // "WEFT"
    static final int VERSION = 1;

    static final byte ACCEPTED = 0;
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;

    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_ENTRIES = 10_000;

    private Wire() {
    }

    /**
     * One request: {@code command} is "run" (args is a command line, run in {@code cwd} with {@code env}), "status" or
     * "stop".
     */
    record Request(String command, String cwd, Map<String, String> env, List<String> args) {

        void writeTo(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeString(out, command);
            writeString(out, cwd);
            out.writeInt(env.size());
            for (Map.Entry<String, String> e : env.entrySet()) {
                writeString(out, e.getKey());
                writeString(out, e.getValue());
            }
            out.writeInt(args.size());
            for (String arg : args) {
                writeString(out, arg);
            }
            out.flush();
        }

        static Request readFrom(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a request of this Weft's client");
            }
            String command = readString(in);
            String cwd = readString(in);
            int envCount = count(in);
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 0; i < envCount; i++) {
                env.put(readString(in), readString(in));
            }
            int argCount = count(in);
            List<String> args = new ArrayList<>();
            for (int i = 0; i < argCount; i++) {
                args.add(readString(in));
            }
            return new Request(command, cwd, env, args);
        }
    }

    /** Writes one frame of {@code bytes}; frames of several writers to one stream do not interleave. */
    static void frame(DataOutputStream out, byte type, byte[] bytes, int offset, int length) throws IOException {
        synchronized (out) {
            out.writeByte(type);
            out.writeInt(length);
            out.write(bytes, offset, length);
            out.flush();
        }
    }

    /** Writes a frame that carries a number (the exit code) or nothing ({@link #ACCEPTED}). */
    static void signal(DataOutputStream out, byte type, int value) throws IOException {
        synchronized (out) {
            out.writeByte(type);
            out.writeInt(value);
            out.flush();
        }
    }

    /** A stream whose bytes go out as frames of {@code type}. */
    static OutputStream frames(DataOutputStream out, byte type) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length > 0) {
                    frame(out, type, bytes, offset, length);
                }
            }
        };
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("a request field of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ENTRIES) {
            throw new IOException("a request of " + count + " entries");
        }
        return count;
    }

    /** Reads a frame's type, or -1 at the end of the stream. */
    static int readType(DataInputStream in) throws IOException {
        try {
            return in.readUnsignedByte();
        } catch (EOFException e) {
            return -1;
        }
    }
}
