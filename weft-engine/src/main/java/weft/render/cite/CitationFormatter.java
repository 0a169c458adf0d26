package weft.render.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import weft.cache.BuildCache;
import weft.cache.CacheKey;
import weft.cache.Codec;

/**
 * Formats the citations of one document and its reference list with citeproc-java (pure Java since 3.0).
 * A {@link CSL} instance holds state (registered items, numbers, citations made), so each {@link #format}
 * call creates its own; the style and the locale are loaded once per formatter.
 */
public final class CitationFormatter {

    private final CslStyle style;
    private final String locale;
    private final BlankTermLocaleProvider locales = new BlankTermLocaleProvider();
    private final BuildCache cache;

    private CitationFormatter(CslStyle style, String locale, BuildCache cache) {
        this.style = style;
        this.locale = locale;
        this.cache = cache;
    }

    /** This formatter, keeping what it formats in {@code cache}: the same works, citations and style give the same text. */
    public CitationFormatter cached(BuildCache cache) {
        return new CitationFormatter(style, locale, cache);
    }

    /** A formatter for {@code style} in the CSL locale of {@code language}; empty when the locales jar has none. */
    public static Optional<CitationFormatter> of(CslStyle style, String language) {
        return CslLocale.forLanguage(language).map(locale -> new CitationFormatter(style, locale, BuildCache.none()));
    }

    public CslStyle style() {
        return style;
    }

    public String locale() {
        return locale;
    }

    /**
     * @param items    every known item by key (only cited ones reach the reference list)
     * @param clusters the in-text citations in document order; every key must be in {@code items}
     */
    public FormattedCitations format(Map<String, CSLItemData> items, List<CitationCluster> clusters) {
        return format(items, clusters, List.of());
    }

    /**
     * As {@link #format(Map, List)}, with the works of {@code uncited} in the reference list too (Pandoc's
     * {@code nocite}), after the cited ones where a style numbers its entries in the order of citation; each key must
     * be in {@code items}.
     */
    public FormattedCitations format(Map<String, CSLItemData> items, List<CitationCluster> clusters, List<String> uncited) {
        checkKeys(items, clusters);
        uncited.forEach(k -> {
            if (!items.containsKey(k)) {
                throw new IllegalArgumentException("no item for the uncited key " + k);
            }
        });
        if (!cache.enabled()) {
            return formatted(items, clusters, uncited);
        }
        CacheKey key = cache.key("citations").text(style.name()).text(style.resolvedName()).text(style.xml())
                .text(Boolean.toString(style.numeric())).text(Boolean.toString(style.collapseCitationNumber()))
                .text(style.citationDelimiter()).text(locale).number(items.size());
        items.forEach((id, item) -> key.text(id).text(String.valueOf(item.toJson(new StringJsonBuilderFactory().createJsonBuilder()))));
        key.number(clusters.size());
        for (CitationCluster cluster : clusters) {
            key.number(cluster.refs().size()).text(Boolean.toString(cluster.authorInText()));
            for (CiteRef ref : cluster.refs()) {
                key.text(ref.key()).text(ref.locator()).text(ref.prefix()).text(Boolean.toString(ref.suppressAuthor()));
            }
        }
        key.number(uncited.size());
        uncited.forEach(key::text);
        return cache.memo(key, CODEC, () -> formatted(items, clusters, uncited));
    }

    private static final Codec<FormattedCitations> CODEC = new Codec<>() {
        @Override
        public void write(FormattedCitations f, DataOutputStream out) throws IOException {
            out.writeInt(f.inText().size());
            for (String text : f.inText()) {
                Codec.writeText(text, out);
            }
            out.writeInt(f.bibliography().size());
            for (BibEntry e : f.bibliography()) {
                Codec.writeText(e.key(), out);
                out.writeInt(e.citationNumber());
                Codec.writeText(e.html(), out);
            }
            out.writeInt(f.unseparated().size());
            for (int cluster : f.unseparated()) {
                out.writeInt(cluster);
            }
        }

        @Override
        public FormattedCitations read(DataInputStream in) throws IOException {
            List<String> inText = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                inText.add(Codec.readText(in));
            }
            List<BibEntry> entries = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                entries.add(new BibEntry(Codec.readText(in), in.readInt(), Codec.readText(in)));
            }
            List<Integer> unseparated = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                unseparated.add(in.readInt());
            }
            return new FormattedCitations(inText, entries, unseparated);
        }
    };

    private FormattedCitations formatted(Map<String, CSLItemData> works, List<CitationCluster> clusters,
                                         List<String> uncited) {
        // the key table of the link markers, in order of first citation
        List<String> keys = new ArrayList<>();
        Map<String, Integer> keyIndex = new LinkedHashMap<>();
        for (CitationCluster cluster : clusters) {
            for (CiteRef ref : cluster.refs()) {
                keyIndex.computeIfAbsent(ref.key(), k -> {
                    keys.add(k);
                    return keys.size() - 1;
                });
            }
        }
        int cited = keys.size();
        uncited.stream().filter(k -> !keyIndex.containsKey(k)).distinct().forEach(keys::add); // listed, never cited
        Set<String> byCite = new HashSet<>();
        Map<String, CSLItemData> items = yearSuffixes(works, keys, byCite);
        Map<Integer, String[]> given = new LinkedHashMap<>();
        givenNames(works, keys.subList(0, cited), byCite).forEach((key, names) -> given.put(keyIndex.get(key), names));
        CSL csl = processor(items, style.xml());
        csl.setConvertLinks(true); // DOIs and URLs in entries become <a href>
        // Register every cited item up front, in order of first citation: numeric styles number them in that
        // order, and makeCitation never renumbers earlier citations. (Its re-render path is buggy in 3.4.0: an
        // earlier citation whose text did not change is dropped from its result, so indices stop matching.)
        csl.registerCitationItems(keys);

        List<List<CSLCitationItem>> cites = new ArrayList<>(clusters.size());
        for (CitationCluster cluster : clusters) {
            List<CSLCitationItem> citationItems = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CiteRef ref : cluster.refs()) {
                if (seen.add(ref.key())) { // the same key twice in one citation is cited once
                    citationItems.add(item(ref, keyIndex.get(ref.key())));
                }
            }
            cites.add(citationItems);
        }
        List<String> rendered = render(csl, cites);
        List<BibEntry> entries = keys.isEmpty() ? List.of() : keyedEntries(csl, csl.makeBibliography());
        List<String> listed = entries.stream().map(BibEntry::key).toList();
        // the works of one author in a citation of a style that sorts its citations: in the order of the list (2020a, 2020b)
        java.util.function.ToIntFunction<Integer> rank = style.citation().sorted()
                ? index -> listed.indexOf(keys.get(index)) : index -> 0;
        Optional<String> groupDelimiter = style.citation().groupDelimiter();
        boolean grouping = groupDelimiter.isPresent() && clusters.stream().anyMatch(c -> c.refs().size() > 1);
        Authors authors = grouping || !given.isEmpty() || clusters.stream().anyMatch(CitationCluster::leavesAuthorOut)
                ? new Authors(items, keys, cites, clusters.stream().anyMatch(CitationCluster::authorInText), given) : null;
        List<String> inText = new ArrayList<>(clusters.size());
        List<Integer> unseparated = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            String marked = rendered.get(c);
            if (clusters.get(c).refs().stream().anyMatch(r -> given.containsKey(keyIndex.get(r.key())))) {
                marked = AuthorForms.unmarked(authors.marked(c)); // "A. Smith": the given names the style adds
            }
            if (grouping && clusters.get(c).refs().size() > 1 && !clusters.get(c).leavesAuthorOut()) {
                marked = AuthorForms.grouped(authors.marked(c), style.citationDelimiter(), groupDelimiter.get(), rank).orElse(marked);
            }
            if (clusters.get(c).leavesAuthorOut()) {
                Optional<String> without = authors.apply(c, clusters.get(c), keyIndex);
                if (without.isEmpty()) {
                    unseparated.add(c);
                }
                marked = without.orElse(marked);
            }
            inText.add(RichText.html(LinkMarkers.toHtml(marked, keys, style)));
        }
        return new FormattedCitations(inText, entries, unseparated);
    }

    /**
     * The works with CSL's year suffixes, where the style asks for them and citeproc-java 3.4 adds none: works whose
     * citations would read the same ("Smith &amp; Virtanen, 2020" twice) get "a", "b" … in the order of the reference
     * list ("2020a", "2020b", in the citations and the list alike). Works of different authors who share a family
     * name are left as they are where the style tells them apart by initials (citeproc-java does not).
     */
    private Map<String, CSLItemData> yearSuffixes(Map<String, CSLItemData> items, List<String> keys, Set<String> byCite) {
        if (!style.citation().yearSuffixes() || keys.size() < 2) {
            return items;
        }
        CSL plain = processor(items, style.xml());
        plain.registerCitationItems(keys);
        Map<String, List<String>> alike = new LinkedHashMap<>();
        for (String key : keys) {
            String cite = plain.makeCitation(new CSLCitation(new CSLCitationItemBuilder(key).build())).get(0).getText();
            alike.computeIfAbsent(cite, c -> new ArrayList<>()).add(key);
        }
        if (alike.size() == keys.size()) {
            return items;
        }
        plain.makeBibliography();
        List<String> order = plain.getRegisteredItems().stream().map(CSLItemData::getId).toList();
        Map<String, CSLItemData> suffixed = new LinkedHashMap<>(items);
        for (List<String> same : alike.values()) {
            if (same.size() < 2) {
                continue;
            }
            if (style.citation().givenNames() && !sameNames(same.stream().map(items::get).toList())) {
                byCite.addAll(same); // told apart by their given names (below)
                continue;
            }
            List<String> sorted = same.stream().sorted(java.util.Comparator.comparingInt(order::indexOf)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                suffixed.put(sorted.get(i), new de.undercouch.citeproc.csl.CSLItemDataBuilder(items.get(sorted.get(i))).yearSuffix(suffix(i)).build());
            }
        }
        return suffixed;
    }

    /**
     * The given names a style that disambiguates by them adds to a work's first author, where another cited work's first
     * author has the same family name and other given names (APA: "A. Smith, 2019" and "J. Smith, 2021", in every
     * citation; citeproc-java 3.4 adds none): by key, the family name and what goes before it. As CSL expands a name:
     * its initials where they tell it from the others of its family name or the style's
     * {@code givenname-disambiguation-rule} allows initials alone ({@code …-with-initials}, APA's), else its given
     * names in full, as they are for {@code primary-name} and {@code all-names} (Chicago: "Anna Smith 2019");
     * {@code by-cite}, CSL's default, only in citations that would otherwise read the same ({@code byCite}).
     */
    private Map<String, String[]> givenNames(Map<String, CSLItemData> items, List<String> keys, Set<String> byCite) {
        if (!style.citation().givenNames() || style.numeric()) {
            return Map.of();
        }
        String rule = style.citation().givenNameRule();
        boolean initialsOnly = rule.endsWith("-with-initials");
        boolean full = rule.equals("primary-name") || rule.equals("all-names");
        Map<String, Map<String, List<String>>> byFamily = new LinkedHashMap<>();
        for (String key : keys) {
            CSLItemData item = items.get(key);
            de.undercouch.citeproc.csl.CSLName first = item.getAuthor() == null || item.getAuthor().length == 0 ? null : item.getAuthor()[0];
            if (first != null && first.getFamily() != null && first.getGiven() != null && !first.getGiven().isBlank()
                    && (!rule.equals("by-cite") || byCite.contains(key))) {
                byFamily.computeIfAbsent(first.getFamily().strip(), f -> new LinkedHashMap<>())
                        .computeIfAbsent(first.getGiven().strip(), g -> new ArrayList<>()).add(key);
            }
        }
        Map<String, String[]> given = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, List<String>>> family : byFamily.entrySet()) {
            if (family.getValue().size() < 2) {
                continue;
            }
            Map<String, Long> shared = family.getValue().keySet().stream()
                    .collect(java.util.stream.Collectors.groupingBy(CitationFormatter::initials, java.util.stream.Collectors.counting()));
            family.getValue().forEach((names, works) -> {
                boolean unique = shared.get(initials(names)) == 1;
                String before = full ? names : unique || initialsOnly ? initials(names) : names;
                works.forEach(key -> given.put(key, new String[] {family.getKey(), before}));
            });
        }
        return given;
    }

    /** Given names as initials, as CSL's {@code initialize-with=". "} writes them: "Jane Mary" "J. M.", "Min-jun" "M.-j." */
    static String initials(String given) {
        List<String> parts = new ArrayList<>();
        for (String name : given.strip().split("\\s+")) {
            List<String> hyphened = new ArrayList<>();
            for (String part : name.split("-")) {
                if (!part.isEmpty()) {
                    hyphened.add(part.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                            StringBuilder::append) + ".");
                }
            }
            parts.add(String.join("-", hyphened));
        }
        return String.join(" ", parts);
    }

    /** CSL's year suffixes: a … z, then aa, ab … */
    static String suffix(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : suffix(index / 26 - 1) + (char) ('a' + index % 26);
    }

    private static boolean sameNames(List<CSLItemData> works) {
        java.util.function.Function<CSLItemData, String> names = w -> w.getAuthor() == null ? ""
                : java.util.Arrays.stream(w.getAuthor()).map(n -> n.getFamily() + "|" + n.getGiven() + "|" + n.getLiteral())
                        .collect(java.util.stream.Collectors.joining(";"));
        return works.stream().map(names).distinct().count() == 1;
    }

    /** Each citation as {@code csl} renders it, in order (the processor numbers and disambiguates as it goes). */
    private static List<String> render(CSL csl, List<List<CSLCitationItem>> cites) {
        List<String> out = new ArrayList<>(cites.size());
        for (List<CSLCitationItem> cite : cites) {
            List<Citation> made = csl.makeCitation(new CSLCitation(cite.toArray(new CSLCitationItem[0])));
            if (made.size() != 1) {
                throw new IllegalStateException("citeproc-java re-rendered earlier citations: " + made);
            }
            out.add(made.get(0).getText());
        }
        return out;
    }

    /** A processor of the works {@code items} in style {@code xml}, writing HTML. */
    private CSL processor(Map<String, CSLItemData> items, String xml) {
        try {
            CSL csl = new CSL(new ListItemDataProvider(items.values().stream().map(CitationFormatter::richText)
                    .toArray(CSLItemData[]::new)), locales, null, xml, locale);
            csl.setOutputFormat("html");
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up citeproc-java for style " + style.resolvedName(), e);
        }
    }

    /**
     * The citations that leave an author out ({@link AuthorForms}). Every citation of the document is rendered again,
     * in order, by the style with its names marked, so that numbers and disambiguation are the citations' own; then
     * {@code -@key} is the work's part without its first names ("(2020)"), and {@code @key} the names as the sentence
     * has them, then that ("Smith and Lee (2020)"; in a numeric style, which names no one, "Smith and Lee [1]").
     */
    private final class Authors {
        private final Map<String, CSLItemData> items;
        private final List<String> marked;
        private final List<String> inText;
        private CSL family;

        Authors(Map<String, CSLItemData> items, List<String> keys, List<List<CSLCitationItem>> cites, boolean authorInText,
                Map<Integer, String[]> given) {
            this.items = items;
            this.marked = render(registered(AuthorForms.marked(style.xml(), false), keys), cites).stream()
                    .map(m -> AuthorForms.withGiven(m, given)).toList();
            this.inText = authorInText ? render(registered(AuthorForms.marked(style.xml(), true), keys), cites).stream()
                    .map(m -> AuthorForms.withGiven(m, given)).toList() : List.of();
        }

        /** Citation {@code c} as the style with its names marked renders it. */
        String marked(int c) {
            return marked.get(c);
        }

        private CSL registered(String xml, List<String> keys) {
            CSL csl = processor(items, xml);
            csl.registerCitationItems(keys);
            return csl;
        }

        /** Citation {@code c} with its authors left out; empty when the style's citation cannot be told apart. */
        Optional<String> apply(int c, CitationCluster cluster, Map<String, Integer> keyIndex) {
            String result = marked.get(c);
            for (CiteRef ref : cluster.refs()) {
                if (ref.suppressAuthor() || cluster.authorInText()) {
                    String open = LinkMarkers.prefix(keyIndex.get(ref.key()));
                    int start = result.indexOf(open);
                    int end = start < 0 ? -1 : result.indexOf(LinkMarkers.CLOSE, start);
                    if (end < 0) {
                        return Optional.empty();
                    }
                    String part = result.substring(start + open.length(), end);
                    String rest = AuthorForms.split(part).map(AuthorForms.Split::rest).orElse(part); // numeric: no names
                    result = result.substring(0, start + open.length()) + rest + result.substring(end);
                }
            }
            result = AuthorForms.unmarked(result);
            if (!cluster.authorInText()) {
                return Optional.of(result);
            }
            CiteRef ref = cluster.refs().get(0);
            String open = LinkMarkers.prefix(keyIndex.get(ref.key()));
            String sentence = inText.get(c);
            int start = sentence.indexOf(open);
            int end = start < 0 ? -1 : sentence.indexOf(LinkMarkers.CLOSE, start);
            Optional<AuthorForms.Split> named = end < 0 ? Optional.empty()
                    : AuthorForms.split(sentence.substring(start + open.length(), end));
            String author = named.map(AuthorForms.Split::author).orElseGet(() -> familyNames(ref.key()));
            if (author.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(open + author + LinkMarkers.suffix() + FormattedCitations.AFTER_AUTHOR + " " + result);
        }

        private String familyNames(String key) {
            if (family == null) {
                family = processor(items, AuthorForms.familyNames(style.xml()));
            }
            List<Citation> made = family.makeCitation(new CSLCitation(new CSLCitationItemBuilder(key).build()));
            return made.isEmpty() ? "" : made.get(made.size() - 1).getText();
        }
    }

    private static CSLCitationItem item(CiteRef ref, int keyIndex) {
        // citeproc-java escapes affixes itself (the markers are private-use characters, which it leaves alone)
        String prefix = ref.prefix().isEmpty() ? "" : withoutMarkers(ref.prefix()) + " ";
        String after = withoutMarkers(ref.locator()).strip();
        boolean locator = Locator.isLocator(after);
        // text that is no locator ("for a review") is the citation's suffix, after it and outside its link, as in Pandoc
        CSLCitationItemBuilder b = new CSLCitationItemBuilder(ref.key())
                .prefix(prefix + LinkMarkers.prefix(keyIndex))
                .suffix(LinkMarkers.suffix() + (locator || after.isEmpty() ? "" : ", " + after))
                .suppressAuthor(ref.suppressAuthor());
        if (locator) {
            Locator.parse(after).ifPresent(loc -> b.locator(loc.value()).label(loc.label()));
        }
        return b.build();
    }

    private static String withoutMarkers(String text) {
        return text.replaceAll("[" + LinkMarkers.OPEN + LinkMarkers.MID + LinkMarkers.CLOSE + AuthorForms.OPEN
                + AuthorForms.CLOSE + "]", "");
    }

    /**
     * Pairs the entries with their keys. The HTML format leaves {@link Bibliography#getEntryIds()} null, but the
     * entries come in the order of {@link CSL#getRegisteredItems()}, skipping only items that render empty: when
     * the counts match we zip, otherwise we render one entry per item.
     */
    private static List<BibEntry> keyedEntries(CSL csl, Bibliography bib) {
        List<CSLItemData> registered = new ArrayList<>(csl.getRegisteredItems());
        String[] html = bib.getEntries();
        List<BibEntry> out = new ArrayList<>();
        if (html.length == registered.size()) {
            for (int i = 0; i < html.length; i++) {
                out.add(entry(registered.get(i), html[i]));
            }
            return out;
        }
        for (CSLItemData item : registered) {
            String[] one = csl.makeBibliography(it -> it.getId().equals(item.getId())).getEntries();
            if (one.length == 1) {
                out.add(entry(item, one[0]));
            }
        }
        return out;
    }

    private static BibEntry entry(CSLItemData item, String html) {
        int number = item.getCitationNumber() == null ? 0 : Integer.parseInt(item.getCitationNumber());
        return new BibEntry(item.getId(), number, RichText.html(html));
    }

    /** {@code item} with the rich text of its titles marked for the processor ({@link RichText}). */
    private static CSLItemData richText(CSLItemData item) {
        String title = RichText.marked(item.getTitle());
        String container = RichText.marked(item.getContainerTitle());
        String collection = RichText.marked(item.getCollectionTitle());
        String shortTitle = RichText.marked(item.getTitleShort());
        String shortContainer = RichText.marked(item.getContainerTitleShort());
        if (java.util.Objects.equals(title, item.getTitle()) && java.util.Objects.equals(container, item.getContainerTitle())
                && java.util.Objects.equals(collection, item.getCollectionTitle())
                && java.util.Objects.equals(shortTitle, item.getTitleShort())
                && java.util.Objects.equals(shortContainer, item.getContainerTitleShort())) {
            return item;
        }
        return new de.undercouch.citeproc.csl.CSLItemDataBuilder(item).title(title).containerTitle(container)
                .collectionTitle(collection).titleShort(shortTitle).containerTitleShort(shortContainer).build();
    }

    private static void checkKeys(Map<String, CSLItemData> items, List<CitationCluster> clusters) {
        Set<String> missing = new LinkedHashSet<>();
        clusters.forEach(c -> c.refs().stream().map(CiteRef::key).filter(k -> !items.containsKey(k)).forEach(missing::add));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("cited but not in the bibliography: " + missing);
        }
    }
}
