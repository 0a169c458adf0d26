package weft.qda;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The headers by which a spreadsheet's columns are found without being named: in English, and in the languages whose
 * words Weft bundles (Finnish, Swedish, German, French, Spanish, Portuguese), as tables of a qualitative content or
 * thematic analysis head them (Elo and Kyngäs's and Tuomi and Sarajärvi's original expression, sub-category, generic
 * and main category; Graneheim and Lundman's meaning unit, code, category, theme; Mayring's and Kuckartz's Haupt- and
 * Subkategorie). A level's rank is its height in a coding frame, 0 the top; two columns of one rank cannot be ordered.
 * Compared as {@link #of} makes a header: stripped, lower case, {@code _} a space, one space between words, in NFC.
 */
final class SheetHeaders {

    private SheetHeaders() {
    }

    /** The English headers of the levels by rank, as the messages list them. */
    static final Map<String, Integer> ENGLISH_LEVELS = Map.ofEntries(
            Map.entry("main category", 0), Map.entry("main theme", 0), Map.entry("overarching theme", 0),
            Map.entry("global theme", 0), Map.entry("generic category", 1), Map.entry("category", 2),
            Map.entry("theme", 2), Map.entry("organising theme", 2), Map.entry("organizing theme", 2),
            Map.entry("sub-category", 3), Map.entry("subcategory", 3), Map.entry("sub-theme", 3),
            Map.entry("subtheme", 3), Map.entry("basic theme", 3), Map.entry("code", 4), Map.entry("tag", 4),
            Map.entry("sub-code", 5), Map.entry("subcode", 5));

    /** Every known header of a level, by rank ("yhdistävä luokka", Tuomi and Sarajärvi's, stands above a main category). */
    static final Map<String, Integer> LEVELS = levels();

    /** The quote's text; {@code content} as Taguette's export of highlights names it (id, document, tag, content). */
    static final List<String> ENGLISH_TEXT = List.of("quote", "text", "original expression", "meaning unit", "utterance",
            "excerpt", "segment", "coded text", "quotation", "content");
    static final List<String> TEXT = concat(ENGLISH_TEXT,
            "alkuperäinen ilmaus", "lainaus", "sitaatti", "merkitysyksikkö", "teksti",                  // fi
            "meningsbärande enhet", "meningsenhet", "citat", "text",                                     // sv
            "zitat", "textstelle", "originalzitat", "kodiertes segment",                                // de
            "citation", "verbatim", "extrait", "texte", "unité de sens",                                 // fr
            "cita", "texto", "fragmento", "unidad de significado", "expresión original",                // es
            "citação", "trecho", "excerto", "unidade de registro", "unidade de significado", "expressão original"); // pt
    static final List<String> ID = List.of("id", "quote id");
    /** The analyst's reduction of the quote: Elo and Kyngäs's reduced expression, Graneheim and Lundman's condensed unit. */
    static final List<String> ENGLISH_REDUCED = List.of("reduced expression", "reduced meaning unit",
            "condensed meaning unit", "condensed expression", "reduction");
    static final List<String> REDUCED = concat(ENGLISH_REDUCED,
            "pelkistetty ilmaus", "pelkistys",                                                          // fi
            "kondenserad meningsenhet", "kondenserad meningsbärande enhet",                             // sv
            "reduzierte aussage", "reduktion",                                                          // de
            "expression réduite", "unité de sens condensée",                                            // fr
            "expresión reducida", "unidad de significado condensada",                                   // es
            "expressão reduzida", "unidade de significado condensada");                                 // pt
    static final List<String> ENGLISH_PARTICIPANT = List.of("participant", "case", "speaker", "informant", "respondent");
    static final List<String> PARTICIPANT = concat(ENGLISH_PARTICIPANT,
            "haastateltava", "osallistuja", "vastaaja", "informantti", "puhuja",                       // fi
            "deltagare", "intervjuperson", "informant", "respondent",                                   // sv
            "teilnehmer", "teilnehmerin", "teilnehmende", "befragte", "befragter", "interviewpartner",  // de
            "participante", "enquêté", "enquêtée", "répondant", "répondante", "locuteur", "cas",        // fr
            "informante", "entrevistado", "entrevistada", "caso", "hablante");                          // es, pt
    static final List<String> ENGLISH_SOURCE = List.of("source", "file", "document", "interview", "transcript");
    static final List<String> SOURCE = concat(ENGLISH_SOURCE,
            "lähde", "haastattelu", "tiedosto", "dokumentti",                                           // fi
            "källa", "intervju", "fil", "dokument",                                                     // sv
            "quelle", "datei", "transkript",                                                            // de
            "fichier", "entretien", "transcription",                                                    // fr
            "fuente", "archivo", "documento", "entrevista", "transcripción",                            // es
            "fonte", "arquivo", "ficheiro", "transcrição");                                             // pt

    /**
     * The headers of a table's role columns (text, reduced, participant, source) in the languages whose headers Weft
     * reads, by primary language tag: one of each language's own headers above, as an analysis table in it heads them,
     * so that a co-author reads their own language and Weft reads the table back untold. The id keeps "id".
     */
    private static final Map<String, Map<String, String>> ROLE_HEADERS = Map.of(
            "fi", Map.of("text", "alkuperäinen ilmaus", "reduced", "pelkistetty ilmaus", "participant", "osallistuja",
                    "source", "lähde"),
            "sv", Map.of("text", "meningsbärande enhet", "reduced", "kondenserad meningsbärande enhet",
                    "participant", "deltagare", "source", "källa"),
            "de", Map.of("text", "Zitat", "reduced", "Reduzierte Aussage", "participant", "Teilnehmende", "source", "Quelle"),
            "fr", Map.of("text", "Verbatim", "reduced", "Expression réduite", "participant", "Participant", "source", "Source"),
            "es", Map.of("text", "Cita", "reduced", "Expresión reducida", "participant", "Participante", "source", "Fuente"),
            "pt", Map.of("text", "Citação", "reduced", "Expressão reduzida", "participant", "Participante", "source", "Fonte"));

    /** The header of {@code role}'s column in the language {@code tag} (a BCP 47 tag: {@code pt-BR}); English else. */
    static String role(String role, String tag) {
        String language = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        String english = role.equals("reduced") ? "reduced expression" : role;
        return ROLE_HEADERS.getOrDefault(language, Map.of()).getOrDefault(role, english);
    }

    /** A cell of the first row as headers are compared. */
    static String of(String cell) {
        return Normalizer.normalize(cell.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('_', ' ')
                .replaceAll("\\s+", " ");
    }

    private static Map<String, Integer> levels() {
        Map<String, Integer> levels = new HashMap<>(ENGLISH_LEVELS);
        String[][] ranked = {
            {"yhdistävä luokka"},                                                                       // -1
            {"pääluokka", "pääteema", "huvudkategori", "huvudtema", "hauptkategorie", "hauptthema",
                "catégorie principale", "thème principal", "categoría principal", "tema principal", "categoria principal"},
            {"yläluokka"},
            {"luokka", "teema", "kategori", "tema", "kategorie", "thema", "catégorie", "thème", "categoría", "categoria"},
            {"alaluokka", "alateema", "underkategori", "subkategori", "undertema", "subtema", "subkategorie",
                "unterkategorie", "unterthema", "sous-catégorie", "sous-thème", "subcategoría", "subcategoria"},
            {"koodi", "kod", "código"},
            {"alakoodi", "subkod", "subcódigo", "sous-code"},
        };
        for (int rank = 0; rank < ranked.length; rank++) {
            for (String header : ranked[rank]) {
                if (levels.put(header, rank - 1) != null) {
                    throw new IllegalStateException("a header of two levels: " + header);
                }
            }
        }
        return Map.copyOf(levels);
    }

    private static List<String> concat(List<String> english, String... others) {
        return Stream.concat(english.stream(), Stream.of(others)).distinct().toList();
    }
}
