package weft.serve;

import java.util.Optional;

/**
 * Maps a request's path to the name of a file of the publication ({@code /} and {@code /folder/} to their
 * {@code index.html}). Any path with an empty, {@code .} or {@code ..} segment, a backslash or a NUL is refused
 * outright: the server only ever looks names up in the publication in memory, so nothing outside it can be reached
 * anyway, and a path that tries is answered as not found, not resolved.
 */
final class PublicationPaths {

    private PublicationPaths() {
    }

    /** The publication's name for the decoded request path {@code path}; empty when the path is refused. */
    static Optional<String> nameOf(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String name = path.substring(1);
        if (name.isEmpty() || name.endsWith("/")) {
            name = name + "index.html";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    /** The media type of a file of the publication, by its extension. */
    static String mediaType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "pdf" -> "application/pdf";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "woff2" -> "font/woff2";
            case "woff" -> "font/woff";
            case "ttf" -> "font/ttf";
            case "xml" -> "application/xml";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "txt", "cff", "md", "bib", "yaml", "yml", "csv" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }
}
