package weft.model;

import java.util.List;

/** The study's metadata (coded-data/study.yaml). */
public record StudyInfo(String title, String articleType, String language, List<Author> authors,
                        List<Affiliation> affiliations, Publication publication, List<String> keywords,
                        List<ResearchQuestion> researchQuestions, Corpus corpus, List<Participant> participants,
                        String contentNote, Presentation presentation) {
}
