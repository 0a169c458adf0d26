package weft.render.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import weft.model.Author;

/**
 * The authors' own works in an anonymised review copy. As journals with double-anonymous review ask, an entry with one of
 * the study's authors among its authors or editors keeps its place, its number and its year, and loses everything else (its type too: a work with no details is
 * printed as a plain article):
 * its author becomes the word for "Author" and its details a line saying they are omitted for review.
 */
public final class SelfCitations {

    private SelfCitations() {
    }

    /**
     * {@code bibliography} with each entry by one of {@code authors} masked, and given a key that names no one
     * ({@code anonymised-1}, ...: keys such as {@code smith2020} name their authors, and the article's anchors carry them).
     *
     * @param author  what stands for the authors ("Author")
     * @param omitted what stands for the entry's details ("Details omitted for anonymised review")
     */
    public static Masked mask(Bibliography bibliography, List<Author> authors, String author, String omitted) {
        List<BibItem> items = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (BibItem item : bibliography.items()) {
            if (isBy(item.data(), authors) && !keys.containsKey(item.key())) {
                String key = "anonymised-" + (keys.size() + 1);
                while (bibliography.item(key).isPresent()) {
                    key = key + "-";
                }
                keys.put(item.key(), key);
                items.add(masked(item, key, author, omitted));
            } else {
                items.add(item);
            }
        }
        return new Masked(new Bibliography(bibliography.path(), items), Map.copyOf(keys));
    }

    /**
     * A bibliography with the authors' works masked.
     *
     * @param keys each masked entry's new key, by its key in the file
     */
    public record Masked(Bibliography bibliography, Map<String, String> keys) {
    }

    /** Whether one of the work's authors or editors is one of {@code authors}: the same family name, and initials that agree. */
    static boolean isBy(CSLItemData work, List<Author> authors) {
        return Stream.concat(names(work.getAuthor()), names(work.getEditor()))
                .anyMatch(name -> authors.stream().anyMatch(a -> same(name, a)));
    }

    private static Stream<CSLName> names(CSLName[] names) {
        return names == null ? Stream.empty() : Stream.of(names);
    }

    private static boolean same(CSLName name, Author author) {
        String family = author.family().isBlank() ? lastWord(author.name()) : author.family();
        String theirs = name.getFamily() != null ? name.getFamily() : name.getLiteral() == null ? "" : lastWord(name.getLiteral());
        if (!fold(theirs).equals(fold(family)) || family.isBlank()) {
            return false;
        }
        String given = fold(author.given().isBlank() ? author.name() : author.given());
        String initial = fold(name.getGiven() == null ? "" : name.getGiven());
        return given.isEmpty() || initial.isEmpty() || given.charAt(0) == initial.charAt(0);
    }

    /** The entry at its place, with its year and status, its author and details replaced and its note (which may name them) gone. */
    private static BibItem masked(BibItem item, String key, String author, String omitted) {
        CSLItemData d = item.data();
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(key).type(CSLType.ARTICLE)
                .author(new CSLNameBuilder().literal(author).build()).title(omitted);
        if (d.getIssued() != null) {
            b.issued(d.getIssued());
        }
        return new BibItem(key, b.build(), item.status(), "", item.position());
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.trim(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
