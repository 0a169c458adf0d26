package weft.render.figure;

import java.util.List;

/**
 * A node of a tree figure.
 *
 * @param label    the node's name (any text: it is escaped)
 * @param number   the number of its heading in the article ("3.1"), empty for none
 * @param badge    a short figure set at the right of the box ("11"), empty for none
 * @param detail   what the badge means, for the text description ("11 quotes")
 * @param italic   whether the label is set in italics (Weft uses this for labels reconstructed from the text)
 * @param children the nodes below it, in order
 */
public record TreeNode(String label, String number, String badge, String detail, boolean italic, List<TreeNode> children) {

    public TreeNode {
        children = List.copyOf(children);
    }
}
