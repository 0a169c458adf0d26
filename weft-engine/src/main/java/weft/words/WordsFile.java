package weft.words;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A project's words file to translate, {@code templates/words_LANG.properties}: for a language Weft brings no words for,
 * Weft's English words, each to be translated, with what the language's plurals need; for one it brings, Weft's own words
 * in it, to change. A file the project has already keeps every byte it has, and gets the keys it lacks (those of a later
 * Weft, say) appended. Nothing else is written.
 */
public final class WordsFile {

    /** What was written: the file, how many keys were added, whether the file is new. */
    public record Written(Path file, int added, boolean created) {
    }

    private static final String BASE = "/weft/words/words";

    private WordsFile() {
    }

    /** The file for {@code language} in {@code project}: templates/words_LANG.properties, by the language alone. */
    public static Path fileFor(Path project, String language) {
        return project.resolve("templates").resolve("words_" + locale(language).getLanguage() + ".properties");
    }

    /**
     * Writes the words file of {@code language}: a new one whole, or the keys an existing one lacks appended.
     *
     * @throws IOException when the file or the folder cannot be written, or the file is not a regular file of the project
     */
    public static Written write(Path project, String language) throws IOException {
        if (!locale(language).getLanguage().matches("[a-z]{2,8}") || language.isBlank()) {
            throw new IOException("'" + language.strip() + "' is not a language tag (BCP 47: ar, he, fa, pt-BR)");
        }
        Path file = fileFor(project, language);
        Path folder = file.getParent();
        if (Files.isSymbolicLink(folder) || Files.exists(folder) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("templates is not a folder of the project: Weft writes no words there");
        }
        if (Files.isSymbolicLink(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(project.relativize(file) + " is not a regular file: Weft writes no words there");
        }
        Map<String, String> theirs = Map.of();
        String existing = "";
        if (Files.exists(file)) {
            existing = Files.readString(file, StandardCharsets.UTF_8);
            try {
                theirs = Words.parse(existing);
            } catch (IllegalArgumentException e) {
                throw new IOException(project.relativize(file) + " cannot be read as words (" + e.getMessage() + "): mend it first");
            }
        }
        List<String> lines = lines(language, theirs.keySet());
        List<String> words = lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList(); // without headings
        int keys = words.size();
        if (keys == 0) {
            return new Written(file, 0, false);
        }
        String text;
        if (existing.isEmpty()) {
            text = header(language) + String.join("\n", lines) + "\n";
        } else {
            text = existing + (existing.endsWith("\n") ? "" : "\n") + "\n# Weft's words this file lacked"
                    + (translated(language) ? "" : " (English, to translate)") + ", added by weft words:\n"
                    + String.join("\n", words) + "\n";
        }
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".words-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            weft.read.ProjectFiles.permissionsFor(temporary, file);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Written(file, keys, existing.isEmpty());
    }

    /** Whether Weft brings words for the language: the file then starts from them. */
    private static boolean translated(String language) {
        String lang = locale(language).getLanguage();
        return !lang.equals("en") && Words.BUNDLED.contains(lang);
    }

    private static String header(String language) {
        ULocale locale = new ULocale(locale(language).getLanguage()); // the file's language: words_pt is for pt-BR and pt-PT
        language = locale.getLanguage();
        String name = locale.getDisplayName(ULocale.ENGLISH);
        StringBuilder h = new StringBuilder();
        if (translated(language)) {
            h.append("# Weft's words in ").append(name).append(" ('").append(language).append("'), to change where the study words")
                    .append(" them otherwise.\n");
        } else {
            h.append("# Weft's words for ").append(name).append(" ('").append(language).append("'), in English: translate each value.\n");
        }
        h.append("# A value is an ICU message pattern: keep the names in braces as they are ({number}, {levels}); '' is an")
                .append(" apostrophe.\n");
        h.append("# {n, plural, one {...} other {...}} chooses by the number: ").append(name).append(" names the plural categories ")
                .append(String.join(", ", categories(locale))).append(" (give each, other always; =0 {...} for an exact number).\n");
        h.append("# A key left out keeps Weft's English word. Run weft words again after updating Weft: it adds the keys this\n")
                .append("# file lacks and changes nothing else.\n\n");
        return h.toString();
    }

    /** The language's plural categories in CLDR's order: zero, one, two, few, many, other. */
    private static List<String> categories(ULocale locale) {
        Set<String> keywords = PluralRules.forLocale(locale).getKeywords();
        return List.of("zero", "one", "two", "few", "many", "other").stream().filter(keywords::contains).toList();
    }

    /**
     * Weft's English file line by line (its comments and sections), each word in the language where Weft has it, less
     * the keys the project's file has already; a section left without keys is left out.
     */
    private static List<String> lines(String language, Set<String> have) {
        Map<String, String> own = translated(language) ? rawLines(BASE + "_" + locale(language).getLanguage() + ".properties")
                : Map.of();
        List<String> out = new ArrayList<>();
        List<String> section = new ArrayList<>();
        boolean header = true;
        for (String line : resourceLines(BASE + ".properties")) {
            if (header) { // the English file's own header, up to its first blank line, is not the project's
                header = !line.isBlank();
                continue;
            }
            if (line.startsWith("#")) {
                section = new ArrayList<>(List.of(line));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).strip();
            if (have.contains(key)) {
                continue;
            }
            if (!section.isEmpty()) {
                if (!out.isEmpty()) {
                    out.add("");
                }
                out.addAll(section);
                section = new ArrayList<>();
            }
            out.add(own.getOrDefault(key, line));
        }
        return out;
    }

    /** A bundle's lines of words by key, as written (escapes kept). */
    private static Map<String, String> rawLines(String resource) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : resourceLines(resource)) {
            if (!line.startsWith("#") && line.contains("=")) {
                lines.put(line.substring(0, line.indexOf('=')).strip(), line);
            }
        }
        return lines;
    }

    private static List<String> resourceLines(String resource) {
        try (InputStream in = WordsFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ULocale locale(String language) {
        return ULocale.forLanguageTag(language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT));
    }
}
