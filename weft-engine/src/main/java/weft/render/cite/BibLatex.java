package weft.render.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * What BibLaTeX, and BibTeX's own {@code howpublished}, write that citeproc-java's BibTeX converter leaves out or reads
 * as something else, so that a reference prints what its entry says (JabRef, BibDesk, Zotero's Better BibLaTeX and
 * arXiv write these). Without this the converter printed "Shared kitchens" for a title with a {@code subtitle},
 * no address for {@code howpublished = {&#92;url{…}}}, no arXiv identifier, and an {@code @thesis} as an article.
 *
 * <ul>
 *   <li>{@code subtitle}, {@code titleaddon} and their {@code book…} and {@code journal…} kin are joined to their
 *       titles ("Title: Subtitle", "Title. Addon"), as BibLaTeX prints them;</li>
 *   <li>a {@code howpublished} that is a web address, and an {@code eprint} of arXiv, JSTOR, a handle or PubMed (its
 *       {@code eprinttype}, or BibTeX's {@code archiveprefix}), become the {@code url} where the entry has none (the
 *       addresses are BibLaTeX's own for those types); an {@code eprint} of type {@code doi} the {@code doi};</li>
 *   <li>{@code eid} (an article number) becomes the CSL {@code number} where the entry has none;</li>
 *   <li>BibLaTeX's entry types the converter does not know ({@code @thesis}, {@code @report}, {@code @dataset},
 *       {@code @software}, {@code @collection} …) get their CSL type, a thesis its genre from {@code type};</li>
 *   <li>a field that carries what a reference prints and that neither the converter nor this reads
 *       ({@code maintitle}, {@code translator}, {@code pubstate}, a {@code howpublished} of words …) is reported, so
 *       that nothing of the entry is left out without a word.</li>
 * </ul>
 */
final class BibLatex {

    /** A field of the entry whose text the reference list leaves out. */
    record Dropped(String field, String text) {
    }

    /** Fields joined to a title, each with the title field it joins and the punctuation between. */
    private static final List<String[]> JOINED = List.of(
            new String[] {"subtitle", "title", ": "},
            new String[] {"titleaddon", "title", ". "},
            new String[] {"booksubtitle", "booktitle", ": "},
            new String[] {"booktitleaddon", "booktitle", ". "},
            new String[] {"journalsubtitle", "journaltitle", ": "});

    /** Printed by BibLaTeX, read by neither the converter nor this class. */
    private static final List<String> LEFT_OUT = List.of("maintitle", "mainsubtitle", "maintitleaddon", "origtitle",
            "translator", "pubstate", "version", "addendum", "eventtitle", "venue", "issuetitle", "part");

    /** BibLaTeX's addresses for the eprint types it knows, the identifier in place of {@code %s}. */
    private static final Map<String, String> EPRINTS = Map.of(
            "arxiv", "https://arxiv.org/abs/%s",
            "jstor", "https://www.jstor.org/stable/%s",
            "hdl", "https://hdl.handle.net/%s",
            "pubmed", "https://pubmed.ncbi.nlm.nih.gov/%s/");

    /** BibLaTeX's entry types that citeproc-java's converter reads as an article, and their CSL types. */
    private static final Map<String, CSLType> TYPES = Map.ofEntries(
            Map.entry("thesis", CSLType.THESIS),
            Map.entry("report", CSLType.REPORT),
            Map.entry("dataset", CSLType.DATASET),
            Map.entry("software", CSLType.SOFTWARE),
            Map.entry("collection", CSLType.BOOK),
            Map.entry("mvbook", CSLType.BOOK),
            Map.entry("mvcollection", CSLType.BOOK),
            Map.entry("reference", CSLType.BOOK),
            Map.entry("mvreference", CSLType.BOOK),
            Map.entry("bookinbook", CSLType.CHAPTER),
            Map.entry("suppbook", CSLType.CHAPTER),
            Map.entry("suppcollection", CSLType.CHAPTER),
            Map.entry("inreference", CSLType.ENTRY_ENCYCLOPEDIA),
            Map.entry("letter", CSLType.PERSONAL_COMMUNICATION),
            Map.entry("video", CSLType.MOTION_PICTURE),
            Map.entry("movie", CSLType.MOTION_PICTURE),
            Map.entry("audio", CSLType.SONG),
            Map.entry("music", CSLType.SONG),
            Map.entry("artwork", CSLType.GRAPHIC),
            Map.entry("image", CSLType.GRAPHIC),
            Map.entry("performance", CSLType.PERFORMANCE),
            Map.entry("legislation", CSLType.LEGISLATION),
            Map.entry("jurisdiction", CSLType.LEGAL_CASE),
            Map.entry("review", CSLType.REVIEW));

    private static final Pattern URL = Pattern.compile("\\s*(?:\\\\url\\s*\\{\\s*(\\S+?)\\s*}|(https?://\\S+))\\s*");

    private BibLatex() {
    }

    /**
     * Before the conversion: the entry with its subtitles joined to its titles and its web address taken from
     * {@code howpublished} or an {@code eprint}; returns the fields whose text the reference list leaves out.
     */
    static List<Dropped> prepare(BibTeXEntry entry) {
        List<Dropped> dropped = new ArrayList<>();
        for (String[] join : JOINED) {
            Value part = entry.getField(new Key(join[0]));
            if (part == null || part.toUserString().isBlank()) {
                continue;
            }
            // BibLaTeX's journaltitle, or BibTeX's journal
            String titleField = join[1].equals("journaltitle") && !present(entry, "journaltitle") ? "journal" : join[1];
            if (!present(entry, titleField)) {
                dropped.add(new Dropped(join[0], part.toUserString().strip()));
                continue;
            }
            String written = entry.getField(new Key(titleField)).toUserString().strip();
            String between = written.replaceAll("}+$", "").matches("(?s).*[.:?!]$") ? " " : join[2];
            entry.addField(new Key(titleField), new StringValue(written + between + part.toUserString().strip(), StringValue.Style.BRACED));
        }
        boolean hasUrl = present(entry, "url");
        Value howpublished = entry.getField(new Key("howpublished"));
        if (howpublished != null && !howpublished.toUserString().isBlank()) {
            Matcher url = URL.matcher(howpublished.toUserString());
            if (!url.matches()) {
                dropped.add(new Dropped("howpublished", howpublished.toUserString().strip()));
            } else if (!hasUrl) {
                entry.addField(new Key("url"), new StringValue(url.group(1) != null ? url.group(1) : url.group(2), StringValue.Style.BRACED));
                hasUrl = true;
            }
        }
        Value eprint = entry.getField(new Key("eprint"));
        if (eprint != null && !eprint.toUserString().isBlank()) {
            String id = eprint.toUserString().strip();
            String type = text(entry, "eprinttype", text(entry, "archiveprefix", "")).toLowerCase(Locale.ROOT);
            if (type.equals("doi")) {
                if (!present(entry, "doi")) {
                    entry.addField(new Key("doi"), new StringValue(id, StringValue.Style.BRACED));
                }
            } else if (EPRINTS.containsKey(type)) {
                if (!hasUrl) {
                    entry.addField(new Key("url"), new StringValue(String.format(Locale.ROOT, EPRINTS.get(type), id), StringValue.Style.BRACED));
                }
            } else if (!hasUrl) {
                dropped.add(new Dropped("eprint", (type.isEmpty() ? "" : type + " ") + id));
            }
        }
        for (String field : LEFT_OUT) {
            Value value = entry.getField(new Key(field));
            if (value != null && !value.toUserString().isBlank()) {
                dropped.add(new Dropped(field, value.toUserString().strip()));
            }
        }
        return dropped;
    }

    /**
     * After the conversion: the CSL type of a BibLaTeX entry type the converter does not know, a thesis's genre, and
     * {@code eid} as the number.
     */
    static CSLItemData fix(BibTeXEntry entry, CSLItemData item) {
        String entryType = entry.getType().getValue().toLowerCase(Locale.ROOT);
        CSLItemDataBuilder fixed = new CSLItemDataBuilder(item);
        boolean changed = false;
        CSLType type = TYPES.getOrDefault(entryType, item.getType());
        if (type != item.getType()) {
            fixed.type(type);
            changed = true;
        }
        if (type == CSLType.THESIS && item.getGenre() == null) {
            String genre = switch (text(entry, "type", entryType).toLowerCase(Locale.ROOT)) {
                case "phdthesis" -> "Doctoral dissertation";
                case "mathesis", "mastersthesis" -> "Master's thesis";
                case "thesis" -> null;
                default -> text(entry, "type", null);
            };
            if (genre != null) {
                fixed.genre(genre);
                changed = true;
            }
        }
        if (present(entry, "eid") && item.getNumber() == null) {
            fixed.number(text(entry, "eid", null));
            changed = true;
        }
        return changed ? fixed.build() : item;
    }

    private static boolean present(BibTeXEntry entry, String field) {
        Value value = entry.getField(new Key(field));
        return value != null && !value.toUserString().isBlank();
    }

    private static String text(BibTeXEntry entry, String field, String otherwise) {
        return present(entry, field) ? entry.getField(new Key(field)).toUserString().strip() : otherwise;
    }
}
