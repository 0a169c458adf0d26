package weft.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.TestProjects;

/**
 * The privacy check: what it finds and what it leaves alone, the list of names kept outside the project, the
 * acknowledgements of narratives and prose files, and {@code --strict}. Every identifier here is made up.
 */
class PrivacyTest {

    @TempDir
    Path temp;

    private static List<String> kinds(String text, String... names) {
        return new IdentifierScanner(List.of(names)).scan(text).stream().map(f -> f.kind().written()).toList();
    }

    @Test
    void each_kind_is_found() {
        assertThat(kinds("mail anna.virtanen@example.org now")).containsExactly("email");
        assertThat(kinds("call +358 40 123 4567 or (09) 1234 5678")).containsExactly("phone", "phone");
        assertThat(kinds("see https://example.org/u/anna or www.example.org")).containsExactly("url", "url");
        assertThat(kinds("I am @anna_v99 there")).containsExactly("handle");
        assertThat(kinds("near SW1A 1AA, in CA 94103 and at 00100 Helsinki")).containsExactly("postcode", "postcode", "postcode");
        assertThat(kinds("at 12 Baker Street, Mannerheimintie 12 and Rua Augusta 24")).containsExactly("address", "address", "address");
        assertThat(kinds("born 12.3.1990; date of birth: 4 May 1988; syntynyt 1.2.1975")).containsExactly("birth-date",
                "birth-date", "birth-date");
        // the languages Weft brings words for: German, Spanish, French, Swedish
        assertThat(kinds("in der Hauptstraße 5, am Musterweg 12, Goethestr. 3, 10115 Berlin")).containsExactly("address",
                "address", "address", "postcode");
        assertThat(kinds("en la Calle Mayor 5, en Calle de Alcalá, 23 y en 28013 Madrid")).containsExactly("address",
                "address", "postcode");
        assertThat(kinds("au 12 rue de la Paix, au 3 bis avenue Jean Jaurès, 75001 Paris")).containsExactly("address",
                "address", "postcode");
        assertThat(kinds("geboren am 3. Mai 1990; nacida el 3 de mayo de 1990; née le 3 mai 1990; född den 3 maj 1990"))
                .containsExactly("birth-date", "birth-date", "birth-date", "birth-date");
        assertThat(kinds("på Storgatan 12, 114 55 Stockholm")).as("Swedish").containsExactly("address", "postcode");
        assertThat(kinds("my sister Aino Example said so; AINO EXAMPLE too", "Aino Example")).containsExactly("name", "name");
    }

    @Test
    void what_is_not_an_identifier_is_left_alone() {
        assertThat(kinds("Published 2021-04-29, data from 2016-2020; 16-30-year-old males; 2,644 messages; 42 threads;"
                + " 10,000 quotes; p. 349-357; doi 10.1093/intqhc/mzm042; in 1998; Table 1; 3.5 Poor family dynamics")).isEmpty();
        assertThat(kinds("Ainoastaan Ainos", "Aino")).as("a name inside a longer word").isEmpty();
        assertThat(kinds("12 Kategorien in Abschnitt 3; el capítulo 2 de 2019; 3 citas; la place de la famille; 12 rues;"
                + " am 3. Mai 1990 begann die Studie; en 2020, 15 participantes")).isEmpty();
        assertThat(PrivacyCheck.blank("As shown [@lee2019, p. 3] in @fig-coding-frame and {{quote:x}}."))
                .doesNotContain("@", "{{");
    }

    private Path mini() {
        return TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
    }

    @Test
    void names_on_a_list_kept_outside_the_project_are_found_and_never_printed() throws IOException {
        Path project = mini();
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "Same table, same people, every night.",
                "Same table, same people, Aino Example every night.");
        Path names = Files.writeString(temp.resolve("names.txt"), "# real names: never in the repository\nAino Example\n\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().namesFile(Optional.of(names)));
        assertThat(TestProjects.diagnostics(result)).singleElement().asString()
                .startsWith("WARNING coded-data/quotes/quotes.yaml:16:36: quote 'same-table' contains what looks like a name on"
                        + " the study's list of names")
                .doesNotContain("Aino");
        assertThat(new Weft().render(project, BuildOptions.defaults().strict(true).namesFile(Optional.of(names))).succeeded())
                .isFalse();
    }

    @Test
    void a_list_of_names_inside_the_project_or_missing_is_an_error() throws IOException {
        Path project = mini();
        Path inside = Files.writeString(project.resolve("names.txt"), "Aino Example\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().namesFile(Optional.of(inside)));
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).singleElement().asString().endsWith("the list of names is inside the project"
                + " folder: real names must never be in the study's repository; keep the list elsewhere and give its path");
        BuildResult missing = new Weft().render(project, BuildOptions.defaults().namesFile(Optional.of(temp.resolve("none.txt"))));
        assertThat(TestProjects.diagnostics(missing)).singleElement().asString().contains("cannot read the list of names");
    }

    @Test
    void narratives_and_prose_files_acknowledge_a_kind_with_a_reason() {
        Path project = mini();
        TestProjects.replaceIn(project.resolve("content/methods.md"), "order: 20\n",
                "order: 20\nprivacy:\n  - {kind: url, reason: the forum's public address}\n");
        TestProjects.replaceIn(project.resolve("content/methods.md"), "collected in {{value:corpus.collected}}.",
                "collected in {{value:corpus.collected}} from https://forum.example.org.");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().strict(true));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{kind: url,", "{kind: email,");
        assertThat(TestProjects.diagnostics(new Weft().render(project, BuildOptions.defaults()))).containsExactly(
                "NOTE content/methods.md:7:12: content/methods.md acknowledges email, but the check finds none in it: remove the"
                        + " acknowledgement",
                "WARNING content/methods.md:9:194: content/methods.md contains what looks like a web address: it may identify"
                        + " someone. Replace it (a pseudonym or a description in brackets, the same for every mention), or"
                        + " acknowledge it: privacy: [{kind: url, reason: ...}]");
    }

    @Test
    void where_a_quote_comes_from_is_checked_too_as_its_evidence_page_prints_it() throws IOException {
        Path project = mini();
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        // a recording named after the participant (as recorders name files), and a thread title with an address
        TestProjects.replaceIn(quotes, "source: {recorded: true, thread: \"Sunday meals\", message: \"12\"}",
                "source: {recorded: true, thread: \"Sunday meals, ask aino@example.org\", message: \"12\",\n"
                        + "             recording: Aino Example 2023.m4a, time: \"12:03\"}");
        TestProjects.replaceIn(quotes, "source: {recorded: false, note: Not reported.}",
                "source: {recorded: false, note: \"Not reported by Aino Example.\"}");
        Path names = Files.writeString(temp.resolve("names.txt"), "Aino Example\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().namesFile(Optional.of(names)));
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "WARNING coded-data/quotes/quotes.yaml:8:57: the source's thread of quote 'we-cook' contains what looks like an"
                        + " e-mail address: it may identify someone. Replace it (a pseudonym or a description in brackets, the"
                        + " same for every mention), or acknowledge it: privacy: [{kind: email, reason: ...}]",
                "WARNING coded-data/quotes/quotes.yaml:9:25: the source's recording of quote 'we-cook' contains what looks like a"
                        + " name on the study's list of names: it may identify someone. Replace it (a pseudonym or a description in"
                        + " brackets, the same for every mention), or acknowledge it: privacy: [{kind: name, reason: ...}]",
                "WARNING coded-data/quotes/quotes.yaml:25:54: the source's note of quote 'sink-full' contains what looks like a"
                        + " name on the study's list of names: it may identify someone. Replace it (a pseudonym or a description in"
                        + " brackets, the same for every mention), or acknowledge it: privacy: [{kind: name, reason: ...}]");
    }

    /** Who said a quote is printed too (attributions, the participants' table): an imported case's name or variables. */
    @Test
    void participants_are_checked_as_the_article_prints_them() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("interviews"));
        Path study = project.resolve("coded-data/study.yaml");
        TestProjects.replaceIn(study, "citedAs: 25M83", "citedAs: Aino 83");
        TestProjects.replaceIn(study, "attributes: {group: Resident, sex: Female, age: \"77\"}",
                "attributes: {group: Resident, contact: \"aino@example.org\", age: \"77\"}\n"
                        + "    privacy: [{kind: phone, reason: a made-up acknowledgement}]");
        TestProjects.replaceIn(study, "attributes: {group: Volunteer, sex: Female, age: \"69\"}",
                "attributes: {group: Volunteer, web: www.example.org}\n    privacy: [{kind: url, reason: her public page shown with consent}]");
        Path names = Files.writeString(temp.resolve("names.txt"), "Aino\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().namesFile(Optional.of(names)));
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "WARNING coded-data/study.yaml:58:14: the citedAs of participant 'p25' contains what looks like a name on the"
                        + " study's list of names: it may identify someone. Replace it (a pseudonym or a description in brackets,"
                        + " the same for every mention), or acknowledge it: privacy: [{kind: name, reason: ...}]",
                "WARNING coded-data/study.yaml:62:45: the attribute 'contact' of participant 'p31' contains what looks like an"
                        + " e-mail address: it may identify someone. Replace it (a pseudonym or a description in brackets, the same"
                        + " for every mention), or acknowledge it: privacy: [{kind: email, reason: ...}]",
                "NOTE coded-data/study.yaml:63:22: participant 'p31' acknowledges phone, but the check finds none in it: remove"
                        + " the acknowledgement");
    }
}
