package weft.render.article;

import java.util.HashMap;
import java.util.Map;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.ProseSection;

/** The anchors of the article, each with what it marks and where that is written: a second use of one is an error. */
final class Anchors {

    private record Owner(String what, SourcePosition at) {
    }

    private final Map<String, Owner> owners = new HashMap<>();
    private final Diagnostics diagnostics;

    Anchors(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Records that {@code anchor} marks {@code what}, written at {@code at}; reports it when it already marks something. */
    void claim(String anchor, String what, SourcePosition at) {
        Owner first = owners.putIfAbsent(anchor, new Owner(what, at));
        if (first != null) {
            diagnostics.error(at, "the anchor '#" + anchor + "' of " + what + " is already the anchor of " + first.what()
                    + " at " + first.at() + (anchor.startsWith("fig-") ? ": give each figure its own id with {#fig-...}"
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
