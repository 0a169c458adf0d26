package weft.publish;

import java.io.IOException;

/** Thrown when the output folder turns out to be unsafe to replace at the moment of writing. */
public final class UnsafeOutputException extends IOException {

    private final transient UnsafeOutput unsafe;

    public UnsafeOutputException(UnsafeOutput unsafe) {
        super(unsafe.message());
        this.unsafe = unsafe;
    }

    public UnsafeOutput unsafe() {
        return unsafe;
    }
}
