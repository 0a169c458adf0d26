package weft.render.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.ProseSection;
import weft.prose.ConditionalContent;

/** The anchors of the article, each with what it marks and where that is written: a second use of one is an error. */
final class Anchors {

    private record Owner(String what, SourcePosition at, List<String> formats) {
    }

    private final Map<String, List<Owner>> owners = new HashMap<>();
    private final Diagnostics diagnostics;

    Anchors(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Records that {@code anchor} marks {@code what}, written at {@code at}; reports it when it already marks something. */
    void claim(String anchor, String what, SourcePosition at) {
        claim(anchor, what, at, ConditionalContent.FORMATS);
    }

    /**
     * As {@link #claim(String, String, SourcePosition)}, for what only {@code formats} print (conditional content): an
     * anchor may mark one thing in some formats and another in the others, as Quarto renders each format apart (a
     * figure on the web page and its printed version, both {@code #fig-plan}).
     */
    void claim(String anchor, String what, SourcePosition at, List<String> formats) {
        List<Owner> known = owners.computeIfAbsent(anchor, a -> new ArrayList<>());
        Owner first = known.stream().filter(o -> o.formats().stream().anyMatch(formats::contains)).findFirst().orElse(null);
        known.add(new Owner(what, at, formats));
        if (first != null) {
            diagnostics.error(at, "the anchor '#" + anchor + "' of " + what + " is already the anchor of " + first.what()
                    + " at " + first.at() + (formats.size() < ConditionalContent.FORMATS.size()
                    || first.formats().size() < ConditionalContent.FORMATS.size() ? " in " + String.join(", ",
                    first.formats().stream().filter(formats::contains).toList()) : "")
                    + (anchor.startsWith("fig-") ? ": give each figure its own id with {#fig-...}"
                    : what.startsWith("the callout ") ? ": give each callout its own label"
                    : ": rename one, or give the heading its own id with {#...}"));
        }
    }

    /** Where the Markdown heading titled {@code title} is written in {@code section}, else its front matter. */
    static SourcePosition headingPosition(ProseSection section, String title) {
        String text = section.body().content();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("#") && stripped.replaceFirst("^#+", "").replaceAll("\\{#[^}]*}\\s*$", "").strip()
                    .equals(title)) {
                return section.body().positionAt(offset);
            }
            offset += line.length() + 1;
        }
        return new SourcePosition(section.path(), 2, 1);
    }
}
