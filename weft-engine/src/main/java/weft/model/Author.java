package weft.model;

import java.util.List;
import weft.diagnostics.SourcePosition;

/** An author in article order, with their affiliations by id, and where their name is written. */
public record Author(String name, String given, String family, List<Ref> affiliations,
                     boolean corresponding, String email, String orcid, SourcePosition at) {
}
