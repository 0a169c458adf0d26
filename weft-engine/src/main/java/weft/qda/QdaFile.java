package weft.qda;

import java.util.List;

/**
 * What a REFI-QDA file holds for Weft: the tool that wrote it ({@code origin}), its codes, and how many coded text
 * selections it has (not imported yet: the code tree only).
 */
public record QdaFile(String origin, List<QdaCode> codes, int textSelections, int codings) {
}
