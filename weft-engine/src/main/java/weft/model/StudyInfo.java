package weft.model;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * The study's metadata (coded-data/study.yaml).
 *
 * @param shortTitle the running head a journal prints on its pages ("Family and hikikomori"); empty when not given
 */
public record StudyInfo(String title, String shortTitle, String articleType, String language, List<Author> authors,
                        List<Affiliation> affiliations, Publication publication, List<String> keywords,
                        List<ResearchQuestion> researchQuestions, Corpus corpus, List<Participant> participants,
                        String contentNote, Presentation presentation, SourcePosition languageAt,
                        List<Translation> translations, List<UnknownFact> unknowns, boolean anonymised) {

    /** The metadata as study.yaml gives it, not anonymised. */
    public StudyInfo(String title, String shortTitle, String articleType, String language, List<Author> authors,
                     List<Affiliation> affiliations,
                     Publication publication, List<String> keywords, List<ResearchQuestion> researchQuestions, Corpus corpus,
                     List<Participant> participants, String contentNote, Presentation presentation, SourcePosition languageAt,
                     List<Translation> translations, List<UnknownFact> unknowns) {
        this(title, shortTitle, articleType, language, authors, affiliations, publication, keywords, researchQuestions, corpus,
                participants, contentNote, presentation, languageAt, translations, unknowns, false);
    }

    /**
     * The metadata of an anonymised review copy: no authors and no affiliations (their names, e-mail addresses and ORCIDs
     * go with them), nor what the study says is unknown of them.
     */
    public StudyInfo withoutAuthors() {
        return new StudyInfo(title, shortTitle, articleType, language, List.of(), List.of(), publication, keywords, researchQuestions,
                corpus, participants, contentNote, presentation, languageAt, translations,
                unknowns.stream().filter(u -> !u.field().startsWith("authors") && !u.field().startsWith("affiliations")).toList(),
                true);
    }

    /** The same study information with {@code participants} in place of its own. */
    public StudyInfo withParticipants(List<Participant> participants) {
        return new StudyInfo(title, shortTitle, articleType, language, authors, affiliations, publication, keywords,
                researchQuestions, corpus, List.copyOf(participants), contentNote, presentation, languageAt, translations, unknowns, anonymised);
    }

    /** The participants' audiences by id (the first of a duplicated id, which the checker reports). */
    public java.util.Map<String, Audience> participantAudiences() {
        java.util.Map<String, Audience> audiences = new java.util.LinkedHashMap<>();
        participants.forEach(p -> audiences.putIfAbsent(p.id(), p.audience()));
        return audiences;
    }

    /** Whether the study says that {@code field} ("corpus.language", "publication.lastPage") is not known. */
    public boolean isUnknown(String field) {
        return unknowns.stream().anyMatch(u -> u.field().equals(field));
    }

    /** The title and keywords in another language (the abstract in that language is a content file of its own). */
    public record Translation(String language, String title, List<String> keywords, SourcePosition at) {
    }
}
