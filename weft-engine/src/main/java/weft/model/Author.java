package weft.model;

import java.util.List;

/** An author in article order, with their affiliations by id. */
public record Author(String name, String given, String family, List<Ref> affiliations,
                     boolean corresponding, String email, String orcid) {
}
