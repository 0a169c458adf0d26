package weft.render.site;

import java.util.List;

/** What the reproducibility page shows: the build's manifest, as the publication's manifest.json states it. */
public record ReproducibilityView(String lang, String title, List<Input> inputs, long totalBytes, int nodes, int quotes,
                                  int presentedQuotes, List<Tool> tools, String manifestHref, String pdfHref) {

    public record Input(String path, long bytes, String sha256) {
    }

    public record Tool(String name, String version) {
    }
}
