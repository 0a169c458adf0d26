package weft.render.howtocite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CITATION.cff (Citation File Format 1.2.0) for the repository that holds the study: the repository's metadata and,
 * as its preferred citation, the article. Fields the study does not state are left out, never guessed. Every string
 * is quoted, so that YAML never reads a date or an issue number as another type.
 */
final class CffWriter {

    static final String HEADER = "# Generated from coded-data/study.yaml by `bin/weft citation-cff`: edit the study, not this file.\n";

    static String write(CitableArticle a) {
        Map<String, Object> cff = new LinkedHashMap<>();
        cff.put("cff-version", "1.2.0");
        cff.put("message", "This repository holds the coded data and the text from which the article below is built."
                + " If you use them, please cite the article.");
        cff.put("title", a.title());
        cff.put("authors", authors(a));
        put(cff, "doi", a.doi());
        if (a.published().length() == 10) {
            put(cff, "date-released", a.published()); // a full date only: the format has no partial dates
        }
        if (!a.keywords().isEmpty()) {
            cff.put("keywords", a.keywords());
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("type", "article");
        article.put("title", a.title());
        article.put("authors", authors(a));
        put(article, "journal", a.journal());
        if (!a.publisher().isEmpty()) {
            article.put("publisher", Map.of("name", a.publisher()));
        }
        integer(article, "volume", a.volume());
        put(article, "issue", a.issue());
        integer(article, "start", a.firstPage());
        integer(article, "end", a.lastPage());
        if (a.year() != null) {
            article.put("year", a.year());
        }
        put(article, "issn", a.issnOnline().isEmpty() ? a.issnPrint() : a.issnOnline());
        put(article, "doi", a.doi());
        if (a.pmcid().matches("PMC[0-9]{7}")) {
            put(article, "pmcid", a.pmcid()); // the Citation File Format's own pattern
        }
        cff.put("preferred-citation", article);
        try {
            return HEADER + YAML.writeValueAsString(cff);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private static List<Map<String, Object>> authors(CitableArticle a) {
        List<Map<String, Object>> authors = new ArrayList<>();
        for (CitableArticle.Person p : a.authors()) {
            Map<String, Object> person = new LinkedHashMap<>();
            if (p.hasParts()) {
                person.put("family-names", p.family());
                put(person, "given-names", p.given());
                put(person, "affiliation", String.join("; ", p.affiliations()));
            } else {
                // no family and given names to split the name by: CFF's entity, which has a name and no affiliation
                person.put("name", p.name());
            }
            authors.add(person);
        }
        if (authors.isEmpty()) {
            // an anonymised review copy: CFF requires an author, and its entity "anonymous" names no one
            authors.add(Map.of("name", "anonymous"));
        }
        return authors;
    }

    /** CFF 1.2.0 types volume, start and end as integers: a value that is not a number is left out. */
    private static void integer(Map<String, Object> map, String key, String value) {
        if (value.matches("[0-9]{1,9}")) {
            map.put(key, Integer.valueOf(value));
        }
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    private CffWriter() {
    }
}
