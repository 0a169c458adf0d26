package weft.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import weft.diagnostics.Diagnostics;

/**
 * Checks that each author of study.yaml, already in the schema's form, names each CRediT role once, whether plainly
 * ({@code formal-analysis}) or with its degree ({@code formal-analysis: lead}): the schema sees two different items
 * (and reports the same item twice itself).
 */
final class CreditRoles {

    private CreditRoles() {
    }

    /** Reports each role an author names a second time at that second item; false when there was one. */
    static boolean check(YamlDocument study, Diagnostics diagnostics) {
        boolean ok = true;
        JsonNode authors = study.root().path("authors");
        for (int a = 0; a < authors.size(); a++) {
            JsonNode roles = authors.get(a).path("roles");
            Map<String, Integer> named = new HashMap<>();
            for (int r = 0; r < roles.size(); r++) {
                JsonNode role = roles.get(r);
                String name = role.isObject() && role.size() == 1 ? role.fieldNames().next() : role.asText();
                Integer first = named.putIfAbsent(name, r);
                if (first != null && !roles.get(first).equals(role)) { // the same item twice is the schema's to report
                    String pointer = "/authors/" + a + "/roles/" + r;
                    diagnostics.error(study.positionOf(pointer), SchemaChecker.readable(pointer) + ": the role '" + name
                            + "' is named already (roles[" + first + "]): name each role once, with its degree if any");
                    ok = false;
                }
            }
        }
        return ok;
    }
}
