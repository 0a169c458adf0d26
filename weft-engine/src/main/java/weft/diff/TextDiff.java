package weft.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word and sentence diffs of text, with java-diff-utils. */
public final class TextDiff {

    /** One stretch of a word diff: words both versions have, or only the earlier, or only the later. */
    public record Segment(Kind kind, String text) {
        public enum Kind {
            SAME, REMOVED, ADDED;

            @Override
            public String toString() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }

    /** A sentence that changed: only in the earlier version, only in the later, or changed, with its word diff. */
    public record SentenceChange(String before, String after, List<Segment> words) {
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[\"'”’)\\]]*|\\n|$)");

    private TextDiff() {
    }

    /** The word diff of two texts: runs of words, each the same in both or removed or added. */
    static List<Segment> diff(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(segments, Segment.Kind.SAME, a.subList(at, delta.getSource().getPosition()));
            add(segments, Segment.Kind.REMOVED, delta.getSource().getLines());
            add(segments, Segment.Kind.ADDED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Segment.Kind.SAME, a.subList(at, a.size()));
        return List.copyOf(segments);
    }

    /**
     * How alike two texts are in words: twice the words they have in common, in order, over all their words (1 the same
     * words, 0 none in common), as the word diff finds them.
     */
    static double similarity(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int changed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            changed += delta.getSource().size();
        }
        return 2.0 * (a.size() - changed) / (a.size() + b.size());
    }

    /** The sentences that differ between two texts, in order, each with its word diff. */
    static List<SentenceChange> changedSentences(String before, String after) {
        List<String> a = sentences(before);
        List<String> b = sentences(after);
        List<SentenceChange> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = Math.min(removed.size(), added.size());
            for (int i = 0; i < paired; i++) {
                changes.add(new SentenceChange(removed.get(i), added.get(i), diff(removed.get(i), added.get(i))));
            }
            for (int i = paired; i < removed.size(); i++) {
                changes.add(new SentenceChange(removed.get(i), "", diff(removed.get(i), "")));
            }
            for (int i = paired; i < added.size(); i++) {
                changes.add(new SentenceChange("", added.get(i), diff("", added.get(i))));
            }
        }
        return List.copyOf(changes);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The sentences of a text, whitespace normalised; a line break ends a sentence too (headings, list items). */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String sentence = String.join(" ", words(m.group()));
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static void add(List<Segment> segments, Segment.Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + " " + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
