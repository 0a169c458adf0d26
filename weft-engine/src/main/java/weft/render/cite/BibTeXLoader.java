package weft.render.cite;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Loads a BibTeX file into bibliography entries in file order, with their positions and Weft's status fields
 * ({@code weft-status}, {@code weft-note}).
 *
 * <p>Why not {@code BibTeXConverter.loadDatabase}: it wraps jbibtex's {@link TokenMgrException} into a
 * {@link ParseException} built from the message only, so the position is lost. We drive {@link BibTeXParser}
 * ourselves and keep line and column.</p>
 */
final class BibTeXLoader {

    static final Key STATUS = new Key("weft-status");
    static final Key NOTE = new Key("weft-note");
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d+");
    private static final Pattern LEXICAL_POS = Pattern.compile("at line (\\d+), column (\\d+)");

    /** The entries of {@code bibtex}; duplicate keys and bad status values are reported and skipped. */
    static List<BibItem> load(String bibtex, String path, Diagnostics diagnostics) throws BibSyntaxException {
        EntryPositions.rejectMarkers(bibtex);
        BibTeXDatabase db = parse(bibtex);
        EntryPositions positions = EntryPositions.ofBibTeX(bibtex, path, diagnostics);
        BibTeXConverter converter = new BibTeXConverter();
        List<BibItem> items = new ArrayList<>();
        for (BibTeXEntry entry : db.getEntries().values()) {
            String key = entry.getKey().getValue();
            Value year = entry.getField(BibTeXEntry.KEY_YEAR);
            if (year != null && YEAR_DIGITS.matcher(year.toUserString().strip()).matches()
                    && year.toUserString().strip().length() > 4) {
                diagnostics.error(FieldPosition.of(bibtex, path, key, "year").orElse(positions.of(key)),
                        "reference '" + key + "': the year " + year.toUserString().strip() + " is not a year");
                entry.removeField(BibTeXEntry.KEY_YEAR); // the entry stays citable: one error, not one per citation
            }
            CSLItemData item;
            LatexLetters.inFields(entry); // Lindstr\"{o}m, Mar{\'\i}a, {\L}ukasz as letters: the converter mangles them
            for (String field : List.of("author", "editor")) { // {World Health Organization}: read as a person
                Value names = entry.getField(new Key(field));
                for (String name : names == null ? List.<String>of() : Organisations.unbraced(names.toUserString())) {
                    diagnostics.warning(FieldPosition.of(bibtex, path, key, field).orElse(positions.of(key)), "reference '" + key
                            + "': its " + field + " '" + name + "' is read as a person's given and family names ('"
                            + Organisations.asPerson(name) + "'), as BibTeX reads names: if it is an organisation, write it in"
                            + " double braces, " + field + " = {{" + name + "}}");
                }
            }
            for (BibLatex.Dropped left : BibLatex.prepare(entry)) { // subtitles, howpublished, eprint: as BibLaTeX prints them
                diagnostics.warning(FieldPosition.of(bibtex, path, key, left.field()).orElse(positions.of(key)),
                        "reference '" + key + "': its " + left.field() + " ('" + shortened(left.text()) + "') is left out of the"
                                + " reference list, as citeproc-java's BibTeX reader has no place for it: write it into a field"
                                + " it reads (docs/citations.md lists them), or give the bibliography as CSL JSON");
            }
            try {
                item = BibLatex.fix(entry, fixNumberIssue(converter.toItemData(entry)));
            } catch (RuntimeException e) { // citeproc-java's converter parses numbers and dates of its own
                diagnostics.error(positions.of(key), "reference '" + key + "' cannot be read as a citation: " + e.getMessage());
                continue;
            }
            SourcePosition at = positions.of(item.getId());
            unconverted(item).ifPresent(left -> diagnostics.warning(
                    FieldPosition.of(bibtex, path, key, left.field()).orElse(positions.of(key)),
                    "reference '" + key + "': its " + left.field() + " has LaTeX that Weft does not convert ('" + left.text()
                            + "'), printed as written: write the characters themselves (the file is UTF-8)"));
            ReferenceStatus status = ReferenceStatus.VERIFIED;
            Value statusValue = entry.getField(STATUS);
            if (statusValue != null) {
                String written = statusValue.toUserString();
                status = ReferenceStatus.parse(written).orElse(ReferenceStatus.UNKNOWN);
                if (ReferenceStatus.parse(written).isEmpty()) {
                    diagnostics.error(at, "reference '" + item.getId() + "': weft-status must be "
                            + ReferenceStatus.allowed() + ", not '" + written.strip() + "'");
                }
            }
            Value note = entry.getField(NOTE);
            items.add(new BibItem(item.getId(), item, status, note == null ? "" : oneLine(note.toUserString()), at));
        }
        return items;
    }

    /** Parses with jbibtex, turning its errors into {@link BibSyntaxException} with a position. */
    static BibTeXDatabase parse(String bibtex) throws BibSyntaxException {
        PositionAwareParser parser = PositionAwareParser.create();
        try {
            return parser.parse(new StringReader(bibtex));
        } catch (ParseException e) {
            // generated JavaCC exception: currentToken is the last good token, .next the offending one
            if (e.currentToken != null && e.currentToken.next != null) {
                org.jbibtex.Token bad = e.currentToken.next;
                String what = bad.kind == 0 ? "end of file" : "'" + bad.image + "'";
                if (bad.kind == 0 || "@".equals(bad.image)) { // read on past the entry that was left open
                    throw unclosed(bibtex, bad.beginLine, bad.beginColumn, "BibTeX syntax error: unexpected end of file", e);
                }
                throw new BibSyntaxException(bad.beginLine, bad.beginColumn, "BibTeX syntax error: unexpected " + what, e);
            }
            // jbibtex's hand-written string/brace scanner throws a bare ParseException("Reached unexpected EOF
            // token") for an unterminated "..." or {...} value: report the last token the parser consumed.
            org.jbibtex.Token last = parser.token;
            throw unclosed(bibtex, last == null ? 0 : last.beginLine, last == null ? 0 : last.beginColumn,
                    "BibTeX syntax error: the file ends inside a quoted or braced value that starts here", e);
        } catch (TokenMgrException e) {
            // lexical error: the position is only in the message ("Lexical error at line L, column C. ...")
            Matcher m = LEXICAL_POS.matcher(String.valueOf(e.getMessage()));
            boolean found = m.find();
            throw new BibSyntaxException(found ? Integer.parseInt(m.group(1)) : 0, found ? Integer.parseInt(m.group(2)) : 0,
                    "BibTeX syntax error: unexpected character", e);
        } catch (UnresolvedStringException e) {
            throw new BibSyntaxException(e.line, e.column, "BibTeX: undefined @string macro '" + e.getMessage() + "'", e);
        } catch (ObjectResolutionException e) {
            int[] at = FieldPosition.lineAndColumn(bibtex, "crossref", e.getMessage()).orElse(new int[] {0, 0});
            throw new BibSyntaxException(at[0], at[1], "BibTeX: unresolved crossref " + e.getMessage(), e);
        }
    }

    /** At the file's end, the entry that was left open is where the user must look; else the end as reported. */
    private static BibSyntaxException unclosed(String bibtex, int line, int column, String message, Exception cause) {
        return UnclosedEntry.line(bibtex).stream()
                .mapToObj(entry -> new BibSyntaxException(entry, 1,
                        "BibTeX syntax error: this entry has a brace or quotation mark that is never closed", cause))
                .findFirst().orElseGet(() -> new BibSyntaxException(line, column, message, cause));
    }

    /**
     * BibTeX {@code number} means "issue" for journal articles (and magazine and newspaper articles). The converter
     * copies it to CSL {@code number}, which styles render as an article number (APA prints "Article 3" and drops
     * the pages) or ignore. Reports, patents and the like keep {@code number}.
     */
    static CSLItemData fixNumberIssue(CSLItemData item) {
        CSLType type = item.getType();
        boolean journalLike = type == CSLType.ARTICLE_JOURNAL || type == CSLType.ARTICLE_MAGAZINE
                || type == CSLType.ARTICLE_NEWSPAPER;
        if (!journalLike || item.getNumber() == null || item.getIssue() != null) {
            return item;
        }
        return new CSLItemDataBuilder(item).issue(item.getNumber()).number(null).build();
    }

    /** A field of a converted entry that still holds LaTeX: the BibTeX field, and the LaTeX where it starts. */
    record Unconverted(String field, String text) {
    }

    /**
     * The first printed field of {@code item} in which LaTeX is left after the conversion (a backslash, a brace: the
     * converter gives up on a whole field it cannot read, such as one with {@code $\alpha$}), so that the reference
     * list does not print {@code {COVID-19}} without a word.
     */
    static Optional<Unconverted> unconverted(CSLItemData item) {
        List<Unconverted> candidates = new ArrayList<>();
        names("author", item.getAuthor(), candidates);
        names("editor", item.getEditor(), candidates);
        candidates.add(new Unconverted("title", item.getTitle()));
        candidates.add(new Unconverted(item.getType() == CSLType.ARTICLE_JOURNAL ? "journal" : "booktitle", item.getContainerTitle()));
        candidates.add(new Unconverted("publisher", item.getPublisher()));
        for (Unconverted c : candidates) {
            if (c.text() == null) {
                continue;
            }
            Matcher m = LATEX_LEFT.matcher(c.text());
            if (m.find()) {
                String rest = c.text().substring(m.start());
                int end = rest.indexOf(' ', 1);
                return Optional.of(new Unconverted(c.field(), end < 0 || end > 40 ? rest.substring(0, Math.min(rest.length(), 40)) : rest.substring(0, end)));
            }
        }
        return Optional.empty();
    }

    private static final Pattern LATEX_LEFT = Pattern.compile("[\\{}]");

    private static void names(String field, de.undercouch.citeproc.csl.CSLName[] names, List<Unconverted> into) {
        if (names != null) {
            for (de.undercouch.citeproc.csl.CSLName name : names) {
                for (String part : new String[] {name.getFamily(), name.getGiven(), name.getLiteral(), name.getNonDroppingParticle()}) {
                    into.add(new Unconverted(field, part));
                }
            }
        }
    }

    private static String shortened(String text) {
        String line = oneLine(text);
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Thrown from the parser callback for an undefined {@code @string} macro, with the current token position. */
    private static final class UnresolvedStringException extends RuntimeException {
        final int line;
        final int column;

        UnresolvedStringException(String key, int line, int column) {
            super(key);
            this.line = line;
            this.column = column;
        }
    }

    private static final class PositionAwareParser extends BibTeXParser {

        private PositionAwareParser() throws ParseException {
            super();
        }

        static PositionAwareParser create() {
            try {
                return new PositionAwareParser();
            } catch (ParseException e) {
                throw new IllegalStateException("jbibtex parser cannot be created", e);
            }
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            if (string == null) {
                throw new UnresolvedStringException(key.getValue(), token == null ? 0 : token.beginLine,
                        token == null ? 0 : token.beginColumn);
            }
        }
    }

    private BibTeXLoader() {
    }
}
