package weft.qda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import weft.words.Slugs;

/**
 * The codes of a REFI-QDA file as Weft's tree. Nested codes stay nested; a flat list whose names carry a hierarchy
 * ({@code Coke::diet Coke} as ATLAS.ti writes code groups, {@code interesting\places} as Taguette does, or
 * {@code interesting.places} where {@code interesting} is itself a code, as older Taguette did) is nested by those
 * names, a parent that is no code of its own being made for it (not codable). Each node gets a readable id from its
 * name: lower case ASCII, digits and hyphens, at most 64 characters; a clash takes its parent's id before it, then a
 * number, in the order of the file, so that the same file always gives the same ids.
 */
public final class CodeTree {

    /**
     * A node of the imported tree: {@code guid} empty for a parent made from the names; {@code descriptionDraft} the
     * code's memo (its notes' text), which the author reviews before it becomes the description.
     */
    public record Node(String id, String label, String description, String color, String guid, boolean codable,
                       List<Node> children, String descriptionDraft) {

        public Node(String id, String label, String description, String color, String guid, boolean codable, List<Node> children) {
            this(id, label, description, color, guid, codable, children, "");
        }
    }

    static final int MAX_ID = Slugs.MAX_ID;

    private final Set<String> ids = new HashSet<>();

    private CodeTree() {
    }

    public static List<Node> of(List<QdaCode> codes) {
        return new CodeTree().nodes(nest(codes), "");
    }

    /** Codes whose names write a hierarchy, nested by it; codes that are already nested are left as they are. */
    static List<QdaCode> nest(List<QdaCode> codes) {
        boolean flat = codes.stream().allMatch(c -> c.children().isEmpty());
        Set<String> names = new HashSet<>();
        codes.forEach(c -> names.add(c.name()));
        if (!flat || codes.stream().noneMatch(c -> path(c.name(), names).size() > 1)) {
            return codes;
        }
        Branch top = new Branch(null);
        for (QdaCode c : codes) {
            Branch at = top;
            for (String part : path(c.name(), names)) {
                at = at.children.computeIfAbsent(part, Branch::new);
            }
            at.code = c;
        }
        return top.codes();
    }

    /** The parts of a name that writes a path: split at "::" or "\", or at "." after the name of another code. */
    static List<String> path(String name, Set<String> names) {
        String[] parts = name.contains("::") ? name.split("::") : name.contains("\\") ? name.split("\\\\") : null;
        if (parts == null) {
            int dot = name.lastIndexOf('.');
            if (dot > 0 && names.contains(name.substring(0, dot))) {
                List<String> list = new ArrayList<>(path(name.substring(0, dot), names));
                list.add(name.substring(dot + 1));
                return list;
            }
            return List.of(name);
        }
        List<String> list = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                list.add(p.strip());
            }
        }
        return list.isEmpty() ? List.of(name) : list;
    }

    /** A step of a path while nesting by names: the code written for it, if any, and the steps below it. */
    private static final class Branch {
        final String name;
        QdaCode code;
        final Map<String, Branch> children = new LinkedHashMap<>();

        Branch(String name) {
            this.name = name;
        }

        List<QdaCode> codes() {
            List<QdaCode> list = new ArrayList<>();
            for (Branch b : children.values()) {
                List<QdaCode> below = b.codes();
                QdaCode c = b.code;
                list.add(c == null ? new QdaCode("", b.name, false, "", "", below, null)
                        : new QdaCode(c.guid(), b.name, c.codable(), c.color(), c.description(), below, c.position(), c.memo()));
            }
            return List.copyOf(list);
        }
    }

    private List<Node> nodes(List<QdaCode> codes, String parentId) {
        List<Node> nodes = new ArrayList<>();
        for (QdaCode c : codes) {
            String id = id(c.name(), parentId);
            nodes.add(new Node(id, c.name().isBlank() ? id : c.name().strip(), c.description(), c.color(), c.guid(), c.codable(),
                    nodes(c.children(), id), c.memo()));
        }
        return List.copyOf(nodes);
    }

    private String id(String name, String parentId) {
        String base = slug(name);
        if (ids.add(base)) {
            return base;
        }
        String withParent = parentId.isEmpty() ? base : cut(parentId + "-" + base, MAX_ID);
        if (ids.add(withParent)) {
            return withParent;
        }
        for (int n = 2; ; n++) {
            String numbered = cut(withParent, MAX_ID - 1 - Integer.toString(n).length()) + "-" + n;
            if (ids.add(numbered)) {
                return numbered;
            }
        }
    }

    /** "Diet Coke & café" → "diet-coke-cafe", "Семья" → "semya"; never empty ("code"), never a name Windows reserves. */
    static String slug(String name) {
        return Slugs.id(name, "code");
    }

    private static String cut(String id, int max) {
        return Slugs.cut(id, max);
    }
}
