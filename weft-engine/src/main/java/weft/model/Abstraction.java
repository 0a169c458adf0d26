package weft.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The abstraction of an inductive content analysis as the data holds it: each quote with a reduced expression and a
 * node it is coded to, with the path from the top of the tree down to that node, in the tree's order (a quote coded to
 * two nodes is two rows). The article's {@code {{abstraction}}} table prints an example of it, the evidence all of it.
 */
public record Abstraction(List<Row> rows) {

    /** A quote and the path to one node it is coded to, the top of the tree first. */
    public record Row(Quote quote, List<CodeNode> path) {
    }

    public Abstraction {
        rows = List.copyOf(rows);
    }

    /** The rows of the quotes {@code which} keeps that have a reduced expression, coded to {@code root} or below it ("": anywhere). */
    public static Abstraction of(FrameIndex index, String root, Predicate<Quote> which) {
        List<Row> rows = new ArrayList<>();
        for (CodeNode n : index.preorder()) {
            if (root.isEmpty() || index.isWithin(n.id(), root)) {
                for (Quote q : index.quotesCodedTo(n.id())) {
                    if (q.reduced().isPresent() && which.test(q)) {
                        rows.add(new Row(q, index.path(n.id())));
                    }
                }
            }
        }
        return new Abstraction(rows);
    }

    /** The deepest row's number of levels: the node columns a table of it needs. */
    public int depth() {
        return rows.stream().mapToInt(r -> r.path().size()).max().orElse(0);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
