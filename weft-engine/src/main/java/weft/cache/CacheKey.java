package weft.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key of one cache entry: a SHA-256 over the kind of entry, the code's fingerprint and every input of the stage,
 * each field prefixed with its length, so that no two different inputs give the same sequence of bytes.
 */
public final class CacheKey {

    private final String kind;
    private final MessageDigest sha;

    CacheKey(String kind, CodeFingerprint code) {
        this.kind = kind;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
        text(kind);
        text(code.hex());
    }

    public CacheKey bytes(byte[] bytes) {
        long n = bytes.length;
        for (int shift = 56; shift >= 0; shift -= 8) {
            sha.update((byte) (n >>> shift));
        }
        sha.update(bytes);
        return this;
    }

    public CacheKey text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public CacheKey number(long n) {
        return text(Long.toString(n));
    }

    String kind() {
        return kind;
    }

    /** The entry's file name: the kind, then the hash. Call once, when every field has been added. */
    String fileName() {
        return kind + "-" + HexFormat.of().formatHex(sha.digest()) + ".entry";
    }
}
