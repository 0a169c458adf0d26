package weft.model;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * An author in article order, with their affiliations by id, what they did for the article (CRediT's roles with their
 * degrees where given, in the order study.yaml gives them, each role once; empty when it gives none), and where their name is written.
 */
public record Author(String name, String given, String family, List<Ref> affiliations,
                     boolean corresponding, String email, String orcid, List<Contribution> roles, SourcePosition at) {

    public Author {
        affiliations = List.copyOf(affiliations);
        roles = List.copyOf(roles);
    }
}
