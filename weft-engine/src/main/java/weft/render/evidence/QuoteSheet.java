package weft.render.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import weft.model.CodeNode;
import weft.model.Participant;
import weft.model.Quote;
import weft.model.Ref;
import weft.publish.OutputNames;

/**
 * The evidence as a spreadsheet ({@code evidence/quotes.csv}), for a reviewer who sorts, filters and counts the coding
 * in a spreadsheet program or R: one row for each coding of a quote (a quote coded to two nodes is two rows), in the
 * order of the evidence, with the path of the node through the coding frame's levels (a column per level, named as
 * the study names its levels), the analyst's reduction of the quote where the study has any ({@code reduced_expression}),
 * the participant's attributes (a column each, {@code participant_NAME}) and where the quote comes from. Written by
 * Jackson's CSV writer (RFC 4180: quoted where a value needs it, lines ended by CRLF), in UTF-8 with a byte-order mark, which spreadsheet programs need to read it as
 * UTF-8. Quotes are untrusted text: a value that begins as a spreadsheet formula does ({@code = + - @}, a tab or a
 * carriage return) is written after an apostrophe, so that no program runs it as a formula (OWASP's advice for CSV
 * injection); nothing else is changed.
 */
final class QuoteSheet {

    /** Quotes a value only where it must (a comma, a quotation mark, a line end, a space at either end). */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private QuoteSheet() {
    }

    static byte[] csv(Evidence evidence) {
        int levels = evidence.index.maxDepth();
        List<List<String>> rows = new ArrayList<>();
        // the participants' attributes, a column each: a reviewer counts a node's quotes by age band or group (the quote
        // pages print the same values)
        List<String> attributes = List.copyOf(evidence.participantCounts.attributeNames());
        // the analyst's reductions, a column beside the text where the study has any (an analysis table's reduced expression)
        boolean reduced = evidence.index.quotes().stream().anyMatch(q -> q.reduced().isPresent());
        List<String> header = new ArrayList<>(List.of("quote_id", "text"));
        if (reduced) {
            header.add("reduced_expression");
        }
        header.add("participant");
        attributes.forEach(name -> header.add("participant_" + name));
        header.addAll(List.of("presented_in_article", "excerpt_in_article", "node_id", "node_number"));
        for (int depth = 1; depth <= levels; depth++) {
            header.add(evidence.words.levelName(evidence.study.frame().levels(), depth));
        }
        header.addAll(List.of("translated_from", "original", "source_recorded", "source_note", "source_kind", "file", "page",
                "lines", "recording", "time_in_recording", "thread", "message", "date", "url", "evidence_page"));
        rows.add(header);
        for (Quote q : evidence.index.quotes()) {
            Optional<Participant> who = evidence.attributions.participant(q);
            String participant = who.map(Participant::citedAs).orElse("");
            List<String> values = attributes.stream().map(name -> who.flatMap(p -> p.attribute(name)).orElse("")).toList();
            String presented = evidence.places.quote(q.id(), OutputNames.EVIDENCE).isPresent() ? "yes" : "no";
            String page = RelativeLinks.between(OutputNames.EVIDENCE_SHEET, OutputNames.quotePage(q.id()));
            for (String id : q.codes().stream().map(Ref::id).distinct().toList()) {
                List<String> row = new ArrayList<>(List.of(q.id(), q.text()));
                if (reduced) {
                    row.add(q.reducedWords().orElse(""));
                }
                row.add(participant);
                row.addAll(values);
                row.addAll(List.of(presented, q.excerpt().map(weft.model.Excerpt::text).orElse(""), id,
                        evidence.index.node(id).map(evidence::number).orElse("")));
                List<CodeNode> path = evidence.index.path(id);
                for (int depth = 1; depth <= levels; depth++) {
                    row.add(depth <= path.size() ? path.get(depth - 1).label() : "");
                }
                Quote.Source s = q.source();
                row.addAll(List.of(q.translatedFrom(), q.original().map(Quote.Original::text).orElse(""),
                        s.recorded() ? "yes" : "no", s.note(), s.kind().map(k -> k.written()).orElse(""), s.file(),
                        s.page() > 0 ? Integer.toString(s.page()) : "", s.lines(), s.recording(),
                        s.time(), s.thread(), s.message(), s.date(), s.url(), page));
                rows.add(row);
            }
        }
        List<List<String>> cells = rows.stream().map(row -> row.stream().map(QuoteSheet::inert).toList()).toList();
        try {
            String text = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValueAsString(cells);
            return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the evidence's spreadsheet", e);
        }
    }

    /** The value as a spreadsheet program must take it: as text, never as a formula. */
    static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
