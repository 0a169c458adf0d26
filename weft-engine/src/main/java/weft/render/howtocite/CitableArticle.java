package weft.render.howtocite;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import weft.model.Affiliation;
import weft.model.Publication;
import weft.model.StudyInfo;

/**
 * The article as one citable work: the facts of study.yaml that every way of citing it is made from. Absent values
 * are empty strings (or a null year); nothing is filled in that the study does not state.
 *
 * @param shortTitle the running head, or empty
 * @param published the online publication date, YYYY, YYYY-MM or YYYY-MM-DD as far as it is known, or empty
 */
record CitableArticle(String title, String shortTitle, List<Person> authors, String journal, String publisher, Integer year,
                             String volume, String issue, String firstPage, String lastPage, String doi,
                             String published, String issnPrint, String issnOnline, List<String> keywords,
                             String language, String articleNumber, String pmid, String pmcid) {

    /**
     * An author. {@code given} and {@code family} are empty when the study gives only the name.
     *
     * @param affiliations the names of the author's institutions, each with its country when known
     */
    record Person(String name, String given, String family, List<String> affiliations) {

        boolean hasParts() {
            return !family.isEmpty();
        }
    }

    /** The article of {@code info}, titled {@code title} and {@code shortTitle} in plain words. */
    static CitableArticle of(StudyInfo info, String title, String shortTitle) {
        Map<String, Affiliation> byId = info.affiliations().stream()
                .collect(Collectors.toMap(Affiliation::id, Function.identity()));
        List<Person> authors = info.authors().stream()
                .map(a -> new Person(a.name(), a.given(), a.family(), a.affiliations().stream()
                        .filter(ref -> byId.containsKey(ref.id()))
                        .map(ref -> institution(byId.get(ref.id()))).toList()))
                .toList();
        Publication p = info.publication();
        Integer year = p.year() != null ? p.year()
                : p.published().length() >= 4 ? Integer.valueOf(p.published().substring(0, 4)) : null;
        return new CitableArticle(title, shortTitle, authors, p.journal(), p.publisher(), year, p.volume(), p.issue(),
                p.firstPage(), p.lastPage(), p.doi(), p.published(), p.issnPrint(), p.issnOnline(),
                List.copyOf(info.keywords()), info.language(), p.articleNumber(), p.pmid(), p.pmcid());
    }

    /** The page range as far as it is known: "10-18", or only the first page. */
    String pages() {
        if (firstPage.isEmpty()) {
            return "";
        }
        return lastPage.isEmpty() ? firstPage : firstPage + "-" + lastPage;
    }

    private static String institution(Affiliation a) {
        return a.country().isEmpty() ? a.name() : a.name() + ", " + a.country();
    }
}
