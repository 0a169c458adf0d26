package weft.qda;

import java.util.List;

/** A text source of a project: its GUID, name, where its plain text is ({@code internal://GUID.txt}), its selections. */
public record QdaSource(String guid, String name, String plainTextPath, List<QdaSelection> selections) {
}
