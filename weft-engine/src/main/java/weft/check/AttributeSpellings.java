package weft.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Participant;
import weft.model.Text;

/**
 * An attribute of the participants whose values differ only in upper and lower case or in spaces ({@code Female} and
 * {@code female}, as QDA tools' variables and spreadsheets often have them) would be counted as two values by every
 * table of the participants ({@code {{characteristics}}}, {@code {{crosstab}}}, the evidence's attribute tables). Each
 * participant whose spelling is not the first one met is a warning at its value, naming the participant whose spelling
 * came first; the values themselves are never repeated (build logs are often public).
 */
final class AttributeSpellings {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AttributeSpellings() {
    }

    static void check(List<Participant> participants, Diagnostics diagnostics) {
        Map<String, Map<String, Participant>> firstByName = new HashMap<>(); // attribute -> its normal value -> who wrote it first
        for (Participant p : participants) {
            for (Participant.Attribute a : p.attributes()) {
                if (a.value().isBlank()) {
                    continue; // not given
                }
                String normal = SPACES.matcher(a.value().strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
                Participant first = firstByName.computeIfAbsent(a.name(), k -> new HashMap<>()).putIfAbsent(normal, p);
                if (first != null && !first.attribute(a.name()).orElseThrow().equals(a.value())) {
                    diagnostics.warning(at(p, a.name()), "participant '" + p.id() + "': the value of attribute '" + a.name()
                            + "' differs from participant '" + first.id() + "''s only in upper and lower case or spaces:"
                            + " the participants' tables count them as two values; write them alike");
                }
            }
        }
    }

    private static SourcePosition at(Participant p, String attribute) {
        Text written = p.written().get(Participant.attributeField(attribute));
        return written == null ? p.position() : written.positionAt(0);
    }
}
