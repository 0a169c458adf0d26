package weft.words;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.StudyInfo;
import weft.read.ProjectFiles;

/** The words of a study's language: Weft's, under the project's own words files (templates/words*.properties). */
public final class ProjectWords {

    private ProjectWords() {
    }

    /**
     * Reads the project's words files for the study's language; a file that cannot be read or parsed, or a pattern
     * that is not a valid ICU message, is an error at the file; a language Weft brings no words for and the project
     * gives none is a warning at {@code language} (the generated words stay English).
     */
    public static Words of(StudyInfo info, ProjectFiles files, Diagnostics diagnostics) {
        String language = info.language();
        List<Map<String, String>> overrides = new ArrayList<>();
        boolean own = false;
        for (String path : Words.projectFiles(language)) {
            if (!files.exists(path)) {
                continue;
            }
            Optional<String> text = files.read(path, diagnostics);
            if (text.isEmpty()) {
                continue;
            }
            Map<String, String> patterns;
            try {
                patterns = Words.parse(text.get());
            } catch (IllegalArgumentException e) {
                diagnostics.error(SourcePosition.ofFile(path), "cannot read the words: " + e.getMessage());
                continue;
            }
            Map<String, String> valid = new TreeMap<>();
            patterns.forEach((key, pattern) -> {
                Optional<String> weft = Words.englishPattern(key);
                if (weft.isEmpty()) { // a misspelled key changes nothing, without a word: say so
                    diagnostics.warning(positionOf(path, text.get(), key), "Weft has no words '" + key + "'" + nearest(key)
                            + ": this line changes nothing");
                    return;
                }
                try {
                    MessageFormat written = new MessageFormat(pattern, ULocale.forLanguageTag(language));
                    java.util.Set<String> given = new MessageFormat(weft.get(), ULocale.ENGLISH).getArgumentNames();
                    List<String> unknown = written.getArgumentNames().stream().filter(n -> !given.contains(n)).sorted().toList();
                    if (!unknown.isEmpty()) {
                        diagnostics.warning(positionOf(path, text.get(), key), "the words of '" + key + "' name "
                                + String.join(", ", unknown.stream().map(n -> "{" + n + "}").toList()) + ", which Weft"
                                + " does not give them (Weft's own are used): they are given " + (given.isEmpty() ? "nothing"
                                : String.join(", ", given.stream().sorted().map(n -> "{" + n + "}").toList())));
                        return;
                    }
                    valid.put(key, pattern);
                } catch (IllegalArgumentException e) {
                    diagnostics.error(positionOf(path, text.get(), key), "the words of '" + key
                            + "' are not a valid message pattern (Weft's own are used): " + e.getMessage());
                }
            });
            overrides.add(valid);
            own |= !path.equals("templates/words.properties");
        }
        Words words = Words.of(language, overrides);
        String lang = words.locale().getLanguage();
        if (!language.isBlank() && !Words.BUNDLED.contains(lang) && !own) {
            diagnostics.warning(info.languageAt(), "Weft has no words for the language '" + language + "' (it has "
                    + String.join(", ", Words.BUNDLED) + "): the generated words (Contents, Table, quotes ...) stay English;"
                    + " translate them in templates/words_" + lang + ".properties, which bin/weft words (mvn weft:words) writes");
        }
        return words;
    }

    /** " (did you mean 'figureLabel'?)" for the key of Weft's words nearest {@code key}, within two letters; else "". */
    private static String nearest(String key) {
        var distance = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
        return Words.keys().stream().filter(k -> distance.apply(k, key) <= 2)
                .min(java.util.Comparator.comparingInt((String k) -> distance.apply(k, key)).thenComparing(k -> k))
                .map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    /** The line and column of the key's value in a properties file (its first line when it is not found as written). */
    private static SourcePosition positionOf(String path, String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.startsWith(key) && line.length() > key.length() && "=: \t".indexOf(line.charAt(key.length())) >= 0) {
                int indent = lines[i].length() - line.length();
                return new SourcePosition(path, i + 1, indent + key.length() + 2);
            }
        }
        return new SourcePosition(path, 1, 1);
    }
}
