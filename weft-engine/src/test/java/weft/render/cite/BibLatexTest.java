package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;

/**
 * BibLaTeX's fields and entry types, and BibTeX's {@code howpublished}, in the reference list as the entry says them:
 * citeproc-java's converter alone printed a title without its subtitle, a web page without its address, an arXiv
 * preprint without its identifier and an {@code @thesis} as an article, each without a word. All works are fictitious.
 */
class BibLatexTest {

    private static final String BIB = """
            @article{smith2020,
              author       = {Smith, Jane},
              title        = {Shared kitchens},
              subtitle     = {Everyday life in student housing},
              journaltitle = {Journal of Fictitious Studies},
              journalsubtitle = {Homes and Meals},
              date         = {2020},
              volume       = {12},
              eid          = {e1234}
            }
            @book{lee2019,
              author     = {Lee, Min-jun},
              title      = {Is Eating Together?},
              subtitle   = {A Fictitious Monograph},
              titleaddon = {With a preface},
              translator = {Ek, Li},
              publisher  = {Example Press},
              location   = {Helsinki},
              date       = {2019}
            }
            @misc{web2021,
              author       = {Example, Org},
              title        = {Kitchen rules},
              howpublished = {\\url{https://example.org/rules}},
              year         = {2021}
            }
            @misc{blog2021,
              author       = {Example, Bo},
              title        = {A blog post},
              howpublished = {Personal blog},
              year         = {2021}
            }
            @article{arx2022,
              author        = {Doe, Ann},
              title         = {Preprint on meals},
              eprint        = {2201.01234},
              archiveprefix = {arXiv},
              year          = {2022}
            }
            @online{hdl2022,
              author     = {Doe, Ann},
              title      = {A handle},
              eprint     = {10012/1234},
              eprinttype = {hdl},
              date       = {2022}
            }
            @incollection{ch2018,
              author       = {Ray, Al},
              title        = {A chapter},
              booktitle    = {The Book},
              booksubtitle = {Its Subtitle},
              editor       = {Ed, Ida},
              publisher    = {Pub},
              date         = {2018},
              pages        = {1--10}
            }
            @thesis{th2017,
              author      = {Tee, Tom},
              title       = {A thesis},
              type        = {phdthesis},
              institution = {University of Examples},
              date        = {2017}
            }
            @thesis{ba2016,
              author      = {Tee, Tom},
              title       = {An early thesis},
              type        = {Bachelor's thesis},
              institution = {University of Examples},
              date        = {2016}
            }
            @report{rep2015,
              author      = {Org, Health},
              title       = {A report},
              institution = {Health Org},
              number      = {7},
              date        = {2015}
            }
            """;

    @Test
    void each_reference_prints_what_its_entry_says() {
        Diagnostics diagnostics = new Diagnostics();
        Bibliography read = new BibliographyReader().read("refs.bib", BIB, diagnostics).orElseThrow();
        List<String> keys = List.of("smith2020", "lee2019", "web2021", "blog2021", "arx2022", "hdl2022", "ch2018", "th2017",
                "ba2016", "rep2015");
        List<String> references = Samples.formatter("vancouver").format(read.cslItems(), List.of(CitationCluster.keys(
                keys.toArray(String[]::new)))).bibliography().stream().map(e -> org.jsoup.Jsoup.parse(e.html()).text()).toList();
        assertThat(references).containsExactly(
                "1. Smith J. Shared kitchens: Everyday life in student housing. Journal of Fictitious Studies: Homes and Meals. 2020;12.",
                "2. Lee M-j. Is Eating Together? A Fictitious Monograph. With a preface. Helsinki: Example Press; 2019.",
                "3. Example O. Kitchen rules [Internet]. 2021. Available from: https://example.org/rules",
                "4. Example B. A blog post. 2021.",
                "5. Doe A. Preprint on meals. 2022; Available from: https://arxiv.org/abs/2201.01234",
                "6. Doe A. A handle [Internet]. 2022. Available from: https://hdl.handle.net/10012/1234",
                "7. Ray A. A chapter. In: Ed I, editor. The Book: Its Subtitle. Pub; 2018. pp. 1–10.",
                "8. Tee T. A thesis [Doctoral dissertation]. University of Examples; 2017.",
                "9. Tee T. An early thesis [Bachelor’s thesis]. University of Examples; 2016.",
                "10. Org H. A report. Health Org; 2015. Report No.: 7.");
        Map<String, CSLType> types = Map.of("th2017", CSLType.THESIS, "rep2015", CSLType.REPORT);
        types.forEach((key, type) -> assertThat(read.item(key).orElseThrow().data().getType()).as(key).isEqualTo(type));
        assertThat(read.item("smith2020").orElseThrow().data().getNumber()).isEqualTo("e1234");
        // what no field of CSL receives is said, at its field, never left out without a word
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "WARNING refs.bib:16:3: reference 'lee2019': its translator ('Ek, Li') is left out of the reference list, as"
                        + " citeproc-java's BibTeX reader has no place for it: write it into a field it reads"
                        + " (docs/citations.md lists them), or give the bibliography as CSL JSON",
                "WARNING refs.bib:30:3: reference 'blog2021': its howpublished ('Personal blog') is left out of the reference"
                        + " list, as citeproc-java's BibTeX reader has no place for it: write it into a field it reads"
                        + " (docs/citations.md lists them), or give the bibliography as CSL JSON");
    }

    @Test
    void an_article_number_is_printed_by_a_style_that_prints_one() {
        Diagnostics diagnostics = new Diagnostics();
        Bibliography read = new BibliographyReader().read("refs.bib", BIB, diagnostics).orElseThrow();
        String apa = Samples.formatter("apa").format(read.cslItems(), List.of(CitationCluster.keys("smith2020")))
                .bibliography().get(0).html();
        assertThat(org.jsoup.Jsoup.parse(apa).text()).contains("Article e1234");
    }
}
