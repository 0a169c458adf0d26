package weft.render.pdf;

import java.util.Objects;

/**
 * A file embedded into the PDF as a PDF/A-3 associated file.
 *
 * @param fileName     the name viewers show (/F and /UF): a project-relative path
 * @param mimeType     the MIME type, written as the embedded file stream's /Subtype
 * @param description  a sentence for the reader (/Desc), recommended by PDF/A-3 and PDF/UA
 * @param relationship the AFRelationship: Source, Data, Alternative, Supplement or Unspecified
 * @param content      the file's bytes
 */
record Attachment(String fileName, String mimeType, String description, String relationship, byte[] content) {

    Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(relationship, "relationship");
        content = content.clone();
    }

    /** An attachment the PDF was generated from (AFRelationship /Source). */
    static Attachment source(String fileName, String mimeType, String description, byte[] content) {
        return new Attachment(fileName, mimeType, description, "Source", content);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
