package weft.read;

/** A file's text cut into lines once ({@code \n}-separated, as positions count them), for lookups by line number. */
final class TextLines {

    private final String text;
    private final int[] starts;

    TextLines(String text) {
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        starts = new int[count + 1];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        starts[count] = text.length() + 1; // where a line after the last would start, past its missing newline
    }

    int count() {
        return starts.length - 1;
    }

    /** Line {@code n}, from 1, without its newline. */
    String line(int n) {
        return text.substring(starts[n - 1], starts[n] - 1);
    }
}
