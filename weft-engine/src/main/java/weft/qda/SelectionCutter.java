package weft.qda;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Cuts each coded text selection out of its source's plain text, as a quote. Tools count positions differently:
 * most count Unicode code points over the text with its line ends as one character; one NVivo export counts UTF-16
 * code units over the text as stored, a CRLF as two. The counting is chosen by the user, or else by which of the
 * two puts more selections' boundaries between words; every selection whose boundaries still look wrong (outside
 * the text, or inside a word) is reported and left out rather than imported as garbage.
 */
public final class SelectionCutter {

    /** How a file counts positions. */
    public enum Counting {
        CODE_POINTS("Unicode code points, a line end counting one"), UTF16("UTF-16 code units of the text as stored, CRLF counting two");

        final String description;

        Counting(String description) {
            this.description = description;
        }

        /** The counting a user names ({@code code-points} or {@code utf16}); empty for any other name. */
        public static Optional<Counting> named(String name) {
            return name.equals("code-points") ? Optional.of(CODE_POINTS) : name.equals("utf16") ? Optional.of(UTF16) : Optional.empty();
        }
    }

    private SelectionCutter() {
    }

    /**
     * The quotes of every text selection of {@code q} that can be cut cleanly, as maps for quotes.yaml, in the order of
     * the file; {@code nodeIds} gives each code's node id by GUID; {@code counting} empty to detect it.
     */
    public static List<Map<String, Object>> quotes(QdaFile q, Map<String, String> nodeIds, Optional<Counting> counting,
                                                   String label, Diagnostics diagnostics) {
        return quotes(q, nodeIds, (source, selection) -> Optional.empty(), counting, label, diagnostics);
    }

    /** The same, each quote naming the participant {@code participant} gives for its selection, where it gives one. */
    static List<Map<String, Object>> quotes(QdaFile q, Map<String, String> nodeIds,
                                            java.util.function.BiFunction<QdaSource, QdaSelection, Optional<String>> participant,
                                            Optional<Counting> counting, String label, Diagnostics diagnostics) {
        Map<QdaSource, String> texts = new LinkedHashMap<>();
        for (QdaSource s : q.sources()) {
            if (s.selections().isEmpty() || s.plainTextPath().isBlank()) {
                continue; // a source without plain text is reported where it is read
            }
            String path = s.plainTextPath().replaceFirst("^internal://", "sources/").toLowerCase(Locale.ROOT);
            byte[] bytes = q.texts().get(path);
            if (bytes == null) {
                diagnostics.error(SourcePosition.ofFile(label), (s.recording().isEmpty() ? "source '" + s.name() + "'"
                        : "the transcript of '" + s.recording() + "'") + " (" + s.plainTextPath() + ") is not in"
                        + " the file: its " + s.selections().size() + " selections cannot be cut");
                continue;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            texts.put(s, text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        Counting chosen = counting.orElseGet(() -> detect(texts));
        if (counting.isEmpty() && !texts.isEmpty()) {
            diagnostics.note(SourcePosition.ofFile(label), "positions read as " + chosen.description + " (detected; choose with"
                    + " --positions code-points or --positions utf16)");
        }
        List<Map<String, Object>> quotes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        texts.forEach((source, raw) -> {
            // a transcript's quotes are named after its recording ("Interview 1.mp3", not "Interview 1.mp3.transcribed")
            String base = CodeTree.slug((source.recording().isEmpty() ? source.name() : source.recording())
                    .replaceFirst("\\.[A-Za-z0-9]{1,5}$", ""));
            Counted text = new Counted(raw, chosen);
            int n = 0;
            for (QdaSelection sel : source.selections()) {
                n++;
                Optional<String> cut = text.cut(sel);
                if (cut.isEmpty()) {
                    diagnostics.warning(sel.position(), "selection " + sel.guid() + " (" + sel.start() + "-" + sel.end() + ") lies"
                            + " outside the text of '" + source.name() + "': left out");
                    continue;
                }
                if (!text.clean(sel)) {
                    diagnostics.warning(sel.position(), "selection " + sel.guid() + " begins or ends inside a word (\""
                            + cut.get().strip() + "\"): left out; check the positions' counting");
                    continue;
                }
                List<String> codes = new ArrayList<>();
                boolean known = true;
                for (QdaSelection.Coding c : sel.codings()) {
                    String id = nodeIds.get(c.codeGuid());
                    if (id == null) {
                        diagnostics.error(c.position(), "a coding of selection " + sel.guid() + " refers to code " + c.codeGuid()
                                + ", which the file does not have");
                        known = false;
                    } else if (!codes.contains(id)) {
                        codes.add(id);
                    }
                }
                if (!known) {
                    continue;
                }
                if (codes.isEmpty()) {
                    diagnostics.warning(sel.position(), "selection " + sel.guid() + " has no coding: left out");
                    continue;
                }
                String id = unique(base + "-" + n, ids);
                Map<String, Object> quote = new LinkedHashMap<>();
                quote.put("id", id);
                quote.put("text", cut.get());
                if (!sel.reduced().isBlank()) { // a spreadsheet's reduced expression
                    quote.put("reduced", sel.reduced());
                }
                quote.put("codes", codes);
                quote.put("presented", false);
                participant.apply(source, sel).ifPresent(p -> quote.put("participant", p));
                Map<String, Object> from = new LinkedHashMap<>(); // ordered: the same input gives the same file
                from.put("recorded", true);
                from.put("file", source.name());
                if (sel.page().isPresent()) {
                    from.put("page", sel.page().getAsInt());
                }
                if (!source.ofRows()) { // a sheet's rows are no document: its quotes have no lines of one
                    text.lines(sel).ifPresent(lines -> from.put("lines", lines));
                }
                if (!source.recording().isEmpty()) {
                    from.put("recording", source.recording());
                    sel.time().ifPresent(t -> from.put("time", t.text()));
                }
                quote.put("source", from);
                Map<String, Object> qda = new LinkedHashMap<>();
                qda.put("guid", sel.guid());
                qda.put("start", sel.start());
                qda.put("end", sel.end());
                List<Map<String, Object>> codings = new ArrayList<>(); // who coded what: the agreement between coders needs it
                for (QdaSelection.Coding c : sel.codings()) {
                    Map<String, Object> coding = new LinkedHashMap<>();
                    coding.put("code", nodeIds.get(c.codeGuid()));
                    if (!c.user().isBlank()) {
                        coding.put("coder", c.user());
                    }
                    if (!codings.contains(coding)) {
                        codings.add(coding);
                    }
                }
                if (sel.codings().stream().anyMatch(c -> !c.user().isBlank())) {
                    qda.put("codings", codings);
                }
                quote.put("qda", qda);
                quotes.add(quote);
            }
        });
        return List.copyOf(quotes);
    }

    private static String unique(String id, Set<String> ids) {
        String candidate = id.length() > CodeTree.MAX_ID ? id.substring(id.length() - CodeTree.MAX_ID).replaceFirst("^-+", "") : id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /** The counting that puts the most selection boundaries cleanly between words (code points when tied). */
    static Counting detect(Map<QdaSource, String> texts) {
        long points = 0;
        long units = 0;
        for (Map.Entry<QdaSource, String> e : texts.entrySet()) {
            Counted byPoints = new Counted(e.getValue(), Counting.CODE_POINTS);
            Counted byUnits = new Counted(e.getValue(), Counting.UTF16);
            for (QdaSelection sel : e.getKey().selections()) {
                points += byPoints.clean(sel) ? 1 : 0;
                units += byUnits.clean(sel) ? 1 : 0;
            }
        }
        return units > points ? Counting.UTF16 : Counting.CODE_POINTS;
    }

    /**
     * A source's text as one counting sees it, indexed once: for code points, the text with CRLF as LF in NFC and
     * the UTF-16 index of every code point, so that each selection is cut in constant time.
     */
    static final class Counted {
        final String text;
        private final int[] index; // code point -> UTF-16 index, one past the end included; null for UTF-16
        private int[] lineStarts; // the UTF-16 index at which each line begins, made when first asked for

        Counted(String raw, Counting counting) {
            if (counting == Counting.UTF16) {
                this.text = raw;
                this.index = null;
            } else {
                this.text = Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
                this.index = new int[text.codePointCount(0, text.length()) + 1];
                for (int cp = 0, at = 0; cp < index.length; cp++) {
                    index[cp] = at;
                    at = at < text.length() ? at + Character.charCount(text.codePointAt(at)) : at;
                }
            }
        }

        /** The selection as UTF-16 indexes of {@code text}; null outside it. */
        int[] range(QdaSelection sel) {
            long length = index == null ? text.length() : index.length - 1;
            if (sel.start() < 0 || sel.end() < sel.start() || sel.end() > length) {
                return null;
            }
            return index == null ? new int[] {(int) sel.start(), (int) sel.end()}
                    : new int[] {index[(int) sel.start()], index[(int) sel.end()]};
        }

        /**
         * The lines of the text the selection spans, the first being 1, as "45" or "45–52": from its first character
         * to its last that is not a line break (a selection of whole paragraphs ends with one); empty outside the text.
         */
        Optional<String> lines(QdaSelection sel) {
            int[] range = range(sel);
            if (range == null) {
                return Optional.empty();
            }
            int first = range[0];
            int last = range[1] - 1;
            while (first < last && isBreak(text.charAt(first))) {
                first++;
            }
            while (last > first && isBreak(text.charAt(last))) {
                last--;
            }
            if (lineStarts == null) {
                List<Integer> starts = new ArrayList<>(List.of(0));
                for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                    starts.add(i + 1);
                }
                lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            }
            int from = line(first);
            int to = line(Math.max(first, last));
            return Optional.of(from == to ? Integer.toString(from) : from + "\u2013" + to);
        }

        private int line(int at) {
            int found = java.util.Arrays.binarySearch(lineStarts, at);
            return found >= 0 ? found + 1 : -found - 1;
        }

        private static boolean isBreak(char c) {
            return c == '\n' || c == '\r';
        }

        /** The text the selection covers; empty when it lies outside the text. */
        Optional<String> cut(QdaSelection sel) {
            int[] range = range(sel);
            return range == null ? Optional.empty() : Optional.of(text.substring(range[0], range[1]));
        }

        /** Whether the selection fits the text and neither of its ends falls inside a word (or a surrogate pair). */
        boolean clean(QdaSelection sel) {
            int[] range = range(sel);
            return range != null && range[1] > range[0] && between(text, range[0]) && between(text, range[1]);
        }
    }

    private static boolean between(String s, int at) {
        if (at <= 0 || at >= s.length()) {
            return true;
        }
        char before = s.charAt(at - 1);
        char after = s.charAt(at);
        if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
            return false;
        }
        return !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
    }
}
