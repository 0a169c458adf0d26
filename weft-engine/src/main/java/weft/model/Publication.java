package weft.model;

import java.util.List;

/** Where and when the article was published; absent values are empty strings, unknown ones are listed. */
public record Publication(String journal, String website, String publisher, Integer year, String volume,
                          String issue, String firstPage, String lastPage, String issnPrint, String issnOnline,
                          String doi, String received, String accepted, String published, List<String> unknown) {
}
