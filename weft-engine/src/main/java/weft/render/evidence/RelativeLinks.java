package weft.render.evidence;

import weft.publish.OutputNames;
/**
 * Turns links between files of the publication (paths from its root, as {@link OutputNames} gives them)
 * into links relative to the page that holds them, so that the publication works wherever it is put.
 */
final class RelativeLinks {

    /** {@code target} (from the root, may end in #fragment) as seen from the page {@code from} (from the root). */
    static String between(String from, String target) {
        String[] fromParts = from.split("/", -1);
        String[] toParts = target.split("/", -1);
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) {
            link.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            link.append(toParts[i]);
            if (i < toParts.length - 1) {
                link.append('/');
            }
        }
        return link.toString();
    }

    private RelativeLinks() {
    }
}
