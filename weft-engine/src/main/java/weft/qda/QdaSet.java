package weft.qda;

import java.util.List;

/**
 * A set of a REFI-QDA project (ATLAS.ti's document and code groups, NVivo's sets): its GUID (upper case), name and the
 * GUIDs of the sources it holds, as written ({@code <MemberSource targetGUID>}); its codes are not read.
 */
public record QdaSet(String guid, String name, List<String> sources) {

    public QdaSet {
        sources = List.copyOf(sources);
    }
}
