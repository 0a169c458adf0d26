package weft.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> NODES = List.of("togetherness", "cooking-together", "eating-together", "routines");

    @Test
    void aMisspelledNameFindsItsWord() {
        assertEquals(" (did you mean 'cooking-together'?)", Suggestions.didYouMean("cookng-together", NODES));
        assertEquals(" (did you mean 'routines'?)", Suggestions.didYouMean("rotuines", NODES)); // two letters swapped
    }

    @Test
    void anUnrelatedNameFindsNothing() {
        assertEquals("", Suggestions.didYouMean("loneliness", NODES));
        assertEquals("", Suggestions.didYouMean("", NODES));
        assertEquals("", Suggestions.didYouMean("x", List.of("y", "xy")));
        assertEquals("", Suggestions.didYouMean("anything", List.of()));
    }

    @Test
    void caseSpacesAndUnderscoresDoNotCount() {
        assertEquals(" (did you mean 'eating-together'?)", Suggestions.didYouMean("Eating together", NODES));
        assertEquals(" (did you mean 'eating-together'?)", Suggestions.didYouMean("eating_together", NODES));
        assertEquals(" (did you mean 'P7'?)", Suggestions.didYouMean("p7", List.of("P1", "P7")));
    }

    @Test
    void aLabelFindsItsNodeAndIsShownBesideIt() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("waste-of-time", "Waste of time");
        labels.put("togetherness", "Togetherness at the table");
        assertEquals(" (did you mean 'togetherness' (\"Togetherness at the table\")?)",
                Suggestions.didYouMean("Togetherness at the table", labels));
        assertEquals(" (did you mean 'waste-of-time'?)", Suggestions.didYouMean("Waste of Time", labels));
    }

    @Test
    void theNearestAreNamedAtMostThreeInTheGivenOrder() {
        assertEquals(" (did you mean 'p-10', 'p-11' or 'p-12'?)",
                Suggestions.didYouMean("p-1x", List.of("q-1", "p-10", "p-11", "p-12", "p-13", "p-100")));
        assertEquals(" (did you mean 'smith2020' or 'smith2022'?)", Suggestions.didYouMean("smith2021",
                List.of("jones2021", "smith2020", "smith2022")));
    }

    @Test
    void aNameShortenedToItsFirstWordsFindsThoseItBegins() {
        assertEquals(" (did you mean 'eating-together'?)", Suggestions.didYouMean("eating", NODES));
        assertEquals("", Suggestions.didYouMean("eat", NODES));
        assertEquals("", Suggestions.didYouMean("a", List.of("a-1", "a-2")));
        assertEquals("", Suggestions.didYouMean("part", List.of("part-a", "part-b", "part-c", "part-d")));
    }

    @Test
    void aKnownNameIsNotSuggestedForItself() {
        assertEquals("", Suggestions.didYouMean("routines", List.of("routines")));
    }

    @Test
    void theQuestionAloneFitsAMessageWithBracketsOfItsOwn() {
        assertEquals("did you mean 'smith2020'?", Suggestions.question("smith202", List.of("smith2020")));
        assertEquals("", Suggestions.question("nothing-near", List.of("smith2020")));
    }
}
