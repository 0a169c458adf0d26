package weft.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip package rewritten byte for byte the same for the same content: its entries in the order written, each with
 * the same time (the document's date, which the DOS format stores without a time zone) and no extra fields.
 */
public final class StableZip {

    public static byte[] rewrite(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream stable = new ZipOutputStream(out)) {
            stable.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                copy.setMethod(ZipEntry.DEFLATED);
                stable.putNextEntry(copy);
                in.transferTo(stable);
                stable.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private StableZip() {
    }
}
