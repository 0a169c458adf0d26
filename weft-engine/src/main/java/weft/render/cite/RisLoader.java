package weft.render.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;

/**
 * Loads RIS, the tagged format EndNote, Mendeley, Zotero, RefWorks and the databases (PubMed, CINAHL, Scopus) export:
 * citeproc-java parses and converts each entry. RIS has no citation keys, so each work's key is its {@code ID} where
 * it has one that a citation can name, else made of its first author's family name and its year
 * ({@code smith2020}; a second work of the same name and year {@code smith2020b}, a third {@code smith2020c}, in file
 * order, so that a work added later renames none before it). The year of {@code PY} (or {@code DA}), which the
 * converter keeps as raw text, is made the work's date, so that every style sorts and prints it.
 */
final class RisLoader {

    private static final Pattern LINE = Pattern.compile("in line (\\d+)");
    private static final Pattern TAG = Pattern.compile("(?m)^[ \\t]*(\\S{2})[ \\t]+-[ \\t]?(.*)$");
    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{4})(?:[/-](\\d{1,2})?(?:[/-](\\d{1,2}))?)?");
    /** What a citation's key may be ({@code [@key]} in the prose). */
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*");

    static List<BibItem> load(String text, String path, Diagnostics diagnostics) throws BibSyntaxException {
        EntryPositions.rejectMarkers(text);
        RISLibrary library;
        try {
            library = new RISParser().parse(new StringReader(text));
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            Matcher line = LINE.matcher(message);
            boolean known = line.find();
            throw new BibSyntaxException(known ? Integer.parseInt(line.group(1)) : 0, known ? 1 : 0,
                    "RIS syntax error: " + message, e);
        }
        // the entries as the parser takes them: from a line after the file's start or an ER line, to the next ER line
        List<SourcePosition> starts = new ArrayList<>();
        List<Map<String, String>> tags = new ArrayList<>();
        TextMap map = TextMap.ofFile(path, 1);
        Map<String, String> entry = null;
        Matcher line = TAG.matcher(text);
        while (line.find()) {
            String tag = line.group(1).toUpperCase(Locale.ROOT);
            if (entry == null) {
                entry = new HashMap<>();
                starts.add(map.at(text, line.start()));
                tags.add(entry);
            }
            entry.putIfAbsent(tag, line.group(2).strip());
            if (tag.equals("ER")) {
                entry = null;
            }
        }
        List<RISReference> references = library.getReferences();
        if (references.isEmpty() && !text.isBlank()) {
            throw new BibSyntaxException(0, 0, "no RIS entry: each begins with a line 'TY  - ' and ends with 'ER  - '", null);
        }
        RISConverter converter = new RISConverter();
        Set<String> keys = new HashSet<>();
        List<BibItem> items = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            RISReference reference = references.get(i);
            SourcePosition at = i < starts.size() ? starts.get(i) : SourcePosition.ofFile(path);
            if (reference.getType() == null) {
                diagnostics.error(at, "RIS entry " + (i + 1) + " has no type: it must begin with a line such as 'TY  - JOUR'");
                continue;
            }
            CSLItemData converted;
            try {
                converted = converter.toItemData(reference);
            } catch (RuntimeException e) {
                diagnostics.error(at, "RIS entry " + (i + 1) + " cannot be read: " + e.getMessage());
                continue;
            }
            Optional<CSLDate> issued = date(reference.getYear()).or(() -> date(reference.getDate()));
            // the names as RIS writes them first, so that an organisation's key is its whole name
            converted = new CSLItemDataBuilder(converted).author(organisations(reference.getAuthors(), converted.getAuthor()))
                    .editor(organisations(reference.getEditors(), converted.getEditor())).build();
            String key = key(reference, converted, issued, at, keys, diagnostics);
            CSLItemDataBuilder data = new CSLItemDataBuilder(converted).id(key).eventDate((CSLDate) null);
            issued.ifPresent(data::issued);
            if (i < tags.size()) {
                titles(data, converted, tags.get(i));
                byType(data, converted, reference.getType(), tags.get(i));
            }
            items.add(new BibItem(key, data.build(), ReferenceStatus.VERIFIED, "", at));
        }
        return items;
    }

    /**
     * The work's title ({@code TI}, or {@code T1} as EndNote writes it, which the converter leaves out) and the titles
     * around it, by what RIS says each tag is: the converter makes the journal's name the series'
     * title too (so APA prints it twice), and takes the journal's abbreviation ({@code J2}) for its name when both are
     * given. The journal or book is the first of {@code JF}, {@code JO}, {@code T2}; its abbreviation {@code J2} or
     * {@code JA}; the series {@code T3} alone.
     */
    private static void titles(CSLItemDataBuilder data, CSLItemData converted, Map<String, String> tags) {
        if (converted.getTitle() == null || converted.getTitle().isBlank()) { // EndNote writes the title as T1
            first(tags, "TI", "T1", "CT").ifPresent(data::title);
        }
        Optional<String> container = first(tags, "JF", "JO", "T2");
        container.ifPresent(data::containerTitle);
        first(tags, "J2", "JA").ifPresent(data::containerTitleShort);
        data.collectionTitle(first(tags, "T3").orElse(null));
    }

    /**
     * The tags whose meaning depends on the type, as Zotero and EndNote write them and the converter does not read
     * them: {@code M3} (the type of work) is a thesis's, a report's or a web page's genre ("Doctoral dissertation",
     * "Technical report"); a report's {@code SN} is its number, not an ISBN, and its {@code T2} its series; a journal,
     * magazine or newspaper article's {@code SN} is the periodical's ISSN, not an ISBN.
     */
    private static void byType(CSLItemDataBuilder data, CSLItemData converted, de.undercouch.citeproc.ris.RISType type,
                               Map<String, String> tags) {
        Optional<String> serial = first(tags, "SN");
        switch (type) {
            case THES, RPRT, ELEC, BLOG -> first(tags, "M3").filter(m3 -> converted.getGenre() == null).ifPresent(data::genre);
            default -> { }
        }
        switch (type) {
            case RPRT -> {
                serial.ifPresent(number -> data.number(number).ISBN(null));
                if (first(tags, "JF", "JO").isEmpty()) {
                    data.containerTitle(null).collectionTitle(first(tags, "T3", "T2").orElse(null));
                }
            }
            case JOUR, EJOUR, MGZN, NEWS -> serial.ifPresent(issn -> data.ISSN(issn).ISBN(null));
            default -> { }
        }
    }

    /**
     * The names as RIS writes them: "Family, Given", and a name without a comma (an organisation, "World Health
     * Organization") as one name, as Zotero reads it; the converter made "Organization, World Health" of it.
     */
    private static CSLName[] organisations(String[] written, CSLName[] converted) {
        if (written == null || converted == null || written.length != converted.length) {
            return converted;
        }
        CSLName[] names = converted.clone();
        for (int i = 0; i < names.length; i++) {
            if (written[i] != null && !written[i].isBlank() && written[i].indexOf(',') < 0) {
                names[i] = new de.undercouch.citeproc.csl.CSLNameBuilder().literal(written[i].strip()).build();
            }
        }
        return names;
    }

    private static Optional<String> first(Map<String, String> tags, String... names) {
        for (String name : names) {
            String value = tags.get(name);
            if (value != null && !value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** A RIS date ({@code 2020}, {@code 2020/05/01}, {@code 2020///}) as date parts, as far as it is known. */
    private static Optional<CSLDate> date(String written) {
        Matcher m = written == null ? null : DATE.matcher(written);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int[] parts = month < 1 || month > 12 ? new int[] {year} : day < 1 || day > 31 ? new int[] {year, month}
                : new int[] {year, month, day};
        return Optional.of(new CSLDateBuilder().dateParts(parts).build());
    }

    private static String key(RISReference reference, CSLItemData data, Optional<CSLDate> issued, SourcePosition at,
                              Set<String> keys, Diagnostics diagnostics) {
        String id = reference.getId() == null ? "" : reference.getId().strip();
        if (KEY.matcher(id).matches()) {
            keys.add(id.toLowerCase(Locale.ROOT));
            return id;
        }
        String year = issued.map(d -> Integer.toString(d.getDateParts()[0][0])).orElse("");
        String base = name(data) + year;
        String key = base;
        for (char suffix = 'b'; !keys.add(key.toLowerCase(Locale.ROOT)); suffix++) {
            key = base + (suffix <= 'z' ? String.valueOf(suffix) : "-" + (suffix - 'a' + 1));
        }
        if (!id.isEmpty()) {
            diagnostics.warning(at, "the RIS ID '" + id + "' cannot be named in a citation: this work's key is '" + key + "'");
        }
        return key;
    }

    /** The first author's family name (else the first editor's, else the title's first word) as a key's letters. */
    private static String name(CSLItemData data) {
        String name = first(data.getAuthor()).or(() -> first(data.getEditor()))
                .orElse(data.getTitle() == null ? "" : data.getTitle().strip().split("\\s+")[0]);
        String letters = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-").replaceAll("[^\\p{L}\\p{N}-]", "")
                .replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return letters.isEmpty() ? "anonymous" : letters;
    }

    private static Optional<String> first(CSLName[] names) {
        if (names == null || names.length == 0) {
            return Optional.empty();
        }
        CSLName n = names[0];
        String name = n.getFamily() != null ? n.getFamily() : n.getLiteral();
        return Optional.ofNullable(name).filter(s -> !s.isBlank());
    }

    private RisLoader() {
    }
}
