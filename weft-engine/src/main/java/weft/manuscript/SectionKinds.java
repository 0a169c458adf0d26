package weft.manuscript;

import java.util.Locale;
import java.util.regex.Pattern;
import weft.model.ProseSection;

/**
 * What a manuscript's top-level heading makes of its section, by the heading's words as English manuscripts write them
 * (and Quarto's {@code .appendix} class): "Abstract" the abstract, "Results" or "Findings" the results (the first such:
 * the coding frame is printed after it), "Acknowledgements", "Funding", "Competing interests", "Data availability",
 * "Author contributions" … back matter, "Appendix …" an appendix, "References" the list Weft prints itself (empty
 * where the list is all the section holds); any other a numbered section. The words are also known in the other
 * languages Weft prints (Finnish, German, French, Spanish, Portuguese, Swedish: "Tiivistelmä", "Ergebnisse",
 * "Remerciements", "Referencias", "Anexo A", "Bilaga 1"), accents aside.
 */
final class SectionKinds {

    /** What a heading names: a kind of content/'s sections, or the references list. */
    enum Named { ABSTRACT, RESULTS, BACK, APPENDIX, REFERENCES, SECTION }

    private static final Pattern ABSTRACT = Pattern.compile("abstract|summary|tiivistelma|zusammenfassung|resume|resumen|resumo"
            + "|sammanfattning");
    private static final Pattern RESULTS = Pattern.compile("(results|findings)( and discussion)?|tulokset|ergebnisse|resultats"
            + "|resultados|resultat");
    private static final Pattern BACK = Pattern.compile("acknowledge?ments?|funding( information| statement| sources)?"
            + "|(conflicts?|declarations?) of (competing )?interests?|competing interests?|declarations?|disclosures?"
            + "|(data|code) availability( statement)?|availability of data( and materials?)?"
            + "|(authors?'?|credit) (contributions?|statement)|contributions|ethics( statement| approval.*| declarations?)?"
            + "|kiitokset|rahoitus|danksagung|finanzierung|remerciements|financement|agradecimientos|financiacion"
            + "|agradecimentos|financiamento|tack|finansiering");
    private static final Pattern REFERENCES = Pattern.compile("references|bibliography|works cited|literature cited"
            + "|reference list|literature|lahteet|kirjallisuus|literatur|literaturverzeichnis|bibliographie"
            + "|references bibliographiques|referencias|bibliografia|referencias bibliograficas|referenser|kallor|litteratur");
    /** "Appendix", "Appendix A", "Appendix 2.", "Appendix B:" before an appendix's own title. */
    static final Pattern APPENDIX = Pattern.compile(
            "(?i)(?:appendix|liite|anhang|annexe|ap[e\u00e9]ndice|ap\u00eandice|anexo|bilaga)(\\s+[A-Z0-9]{1,3}\\b)?\\s*[.:\u2013\u2014-]?\\s*");

    private SectionKinds() {
    }

    /** What the heading {@code title} (its attributes apart) names; {@code appendixClass} for Quarto's {@code .appendix}. */
    static Named of(String title, boolean appendixClass) {
        String words = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[*_`]", "").replaceAll("[.:\\s]+$", "").strip().toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("\\s+", " ").replace(" & ", " and ");
        if (appendixClass || words.matches("(appendix|appendices|liite|liitteet|anhang|annexe|annexes|apendice|anexo|anexos"
                + "|bilaga|bilagor)\\b.*")) {
            return Named.APPENDIX;
        }
        if (ABSTRACT.matcher(words).matches()) {
            return Named.ABSTRACT;
        }
        if (RESULTS.matcher(words).matches()) {
            return Named.RESULTS;
        }
        if (BACK.matcher(words).matches()) {
            return Named.BACK;
        }
        return REFERENCES.matcher(words).matches() ? Named.REFERENCES : Named.SECTION;
    }

    /** The kind of content/'s section for what a heading names (not the references). */
    static ProseSection.Kind kind(Named named) {
        return switch (named) {
            case ABSTRACT -> ProseSection.Kind.ABSTRACT;
            case RESULTS -> ProseSection.Kind.RESULTS;
            case BACK -> ProseSection.Kind.BACK;
            case APPENDIX -> ProseSection.Kind.APPENDIX;
            case SECTION, REFERENCES -> ProseSection.Kind.SECTION;
        };
    }
}
