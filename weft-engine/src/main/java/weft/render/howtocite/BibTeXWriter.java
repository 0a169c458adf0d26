package weft.render.howtocite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.DigitStringValue;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * The article as one BibTeX {@code @article} entry, written by JBibTeX's formatter. Values are UTF-8 (biblatex and
 * BibTeX 0.99 with inputenc read them); the characters that are special to TeX are escaped.
 */
final class BibTeXWriter {

    static String write(CitableArticle a) {
        BibTeXEntry entry = new BibTeXEntry(BibTeXEntry.TYPE_ARTICLE, new Key(key(a)));
        braced(entry, BibTeXEntry.KEY_AUTHOR, a.authors().stream().map(BibTeXWriter::name).collect(Collectors.joining(" and ")));
        braced(entry, BibTeXEntry.KEY_TITLE, a.title());
        braced(entry, new Key("shorttitle"), a.shortTitle()); // biblatex's field, which BibTeX's styles pass over
        braced(entry, BibTeXEntry.KEY_JOURNAL, a.journal());
        if (a.year() != null) {
            entry.addField(BibTeXEntry.KEY_YEAR, new DigitStringValue(a.year().toString()));
        }
        braced(entry, BibTeXEntry.KEY_VOLUME, a.volume());
        braced(entry, BibTeXEntry.KEY_NUMBER, a.issue());
        braced(entry, BibTeXEntry.KEY_PAGES, a.pages().replace("-", "--"));
        braced(entry, BibTeXEntry.KEY_PUBLISHER, a.publisher());
        braced(entry, new Key("issn"), a.issnOnline().isEmpty() ? a.issnPrint() : a.issnOnline());
        braced(entry, BibTeXEntry.KEY_DOI, a.doi());
        braced(entry, new Key("eid"), a.articleNumber());
        braced(entry, new Key("pmid"), a.pmid());
        braced(entry, new Key("pmcid"), a.pmcid());
        braced(entry, new Key("keywords"), String.join(", ", a.keywords()));
        BibTeXDatabase database = new BibTeXDatabase();
        database.addObject(entry);
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString().replace("\r\n", "\n").replace("\n\t", "\n  ");
    }

    /** The first author's family name and the year, in ASCII: {@code salminen-tuomaala2021}. */
    static String key(CitableArticle a) {
        // a name without parts is used whole: its last word may be "Junior" or "Filho", not the family name
        String who = a.authors().isEmpty() ? "article" : a.authors().get(0).hasParts()
                ? a.authors().get(0).family() : a.authors().get(0).name().strip().replaceAll("\\s+", "-");
        String ascii = Normalizer.normalize(who, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        return (ascii.isEmpty() ? "article" : ascii) + (a.year() == null ? "" : a.year().toString());
    }

    /** "Family, Given" so that compound family names stay whole; a name without parts is kept as one unit. */
    private static String name(CitableArticle.Person p) {
        if (!p.hasParts()) {
            return "{" + escape(p.name()) + "}"; // braced: one unit, not split into first and last names
        }
        return escape(p.family()) + (p.given().isEmpty() ? "" : ", " + escape(p.given()));
    }

    private static void braced(BibTeXEntry entry, Key key, String value) {
        if (!value.isEmpty()) {
            entry.addField(key, new StringValue(key.equals(BibTeXEntry.KEY_AUTHOR) ? value : escape(value), StringValue.Style.BRACED));
        }
    }


    /** TeX's special characters as TeX writes them as text. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private BibTeXWriter() {
    }
}
