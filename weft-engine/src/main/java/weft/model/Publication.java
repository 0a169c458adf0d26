package weft.model;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * Where and when the article was published; absent values are empty strings, unknown ones are listed. Dates are
 * YYYY, YYYY-MM or YYYY-MM-DD, as far as they are known; {@code articleNumber} is the e-locator (e20251409).
 */
public record Publication(String journal, String website, String publisher, Integer year, String volume,
                          String issue, String firstPage, String lastPage, String issnPrint, String issnOnline,
                          String doi, String articleNumber, String pmid, String pmcid, String received, String accepted,
                          String published, List<String> unknown, SourcePosition at) {
}
