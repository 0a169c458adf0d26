package weft.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Who said each quote, and how the study prints it after the quote; the first of two participants with one id wins. */
public final class Attributions {

    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final QuoteAttribution format;

    public Attributions(StudyInfo info) {
        info.participants().forEach(p -> participants.putIfAbsent(p.id(), p));
        this.format = info.presentation().quoteAttribution();
    }

    public Optional<Participant> participant(Quote q) {
        return q.participant().map(ref -> participants.get(ref.id()));
    }

    /** The attribution printed after the quote, such as {@code (25M83)}; empty when the quote names no participant. */
    public String of(Quote q) {
        return participant(q).map(format::format).orElse("");
    }
}
