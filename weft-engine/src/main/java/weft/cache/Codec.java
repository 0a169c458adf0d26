package weft.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** How a stage's result is written into a cache entry and read back. */
public interface Codec<T> {

    void write(T value, DataOutputStream out) throws IOException;

    T read(DataInputStream in) throws IOException;

    /** A codec of plain bytes. */
    Codec<byte[]> BYTES = new Codec<>() {
        @Override
        public void write(byte[] value, DataOutputStream out) throws IOException {
            out.writeInt(value.length);
            out.write(value);
        }

        @Override
        public byte[] read(DataInputStream in) throws IOException {
            return in.readNBytes(in.readInt());
        }
    };

    /** A string of any length (DataOutputStream's own UTF is limited to 64 KB). */
    static void writeText(String text, DataOutputStream out) throws IOException {
        BYTES.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), out);
    }

    static String readText(DataInputStream in) throws IOException {
        return new String(BYTES.read(in), java.nio.charset.StandardCharsets.UTF_8);
    }
}
