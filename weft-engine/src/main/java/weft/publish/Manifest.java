package weft.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.FrameIndex;
import weft.read.ProjectFiles;

/**
 * What a publication was built from: every input file with its SHA-256, the size of the coding frame,
 * and the versions of the tools. Written as {@code manifest.json}; the PDF embeds it and the project
 * site shows it, so all three say the same.
 *
 * @param inputs  project-relative path to SHA-256 (hex), in path order
 * @param tools   tool name to version
 * @param formats the article's files in the publication, path to media type (HTML, PDF, Word, JATS)
 */
public record Manifest(Map<String, String> inputs, Map<String, Long> inputSizes, int nodes, int quotes,
                       int presentedQuotes, Map<String, String> tools, Map<String, String> formats) {

    /** The manifest with the article's formats the build writes. */
    public Manifest withFormats(Map<String, String> formats) {
        return new Manifest(inputs, inputSizes, nodes, quotes, presentedQuotes, tools, formats);
    }

    /** Hashes {@code paths} (relative to {@code root}); the counts come from {@code index}. */
    public static Manifest of(Path root, List<String> paths, FrameIndex index, Diagnostics diagnostics) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String path : paths.stream().sorted().toList()) {
            try {
                byte[] bytes = Files.readAllBytes(root.resolve(path));
                inputs.put(path, sha256(bytes));
                sizes.put(path, (long) bytes.length);
            } catch (IOException e) { // an input the build could not read: reported, and left out of the manifest
                diagnostics.error(SourcePosition.ofFile(path), ProjectFiles.cannotRead(e));
            }
        }
        return new Manifest(inputs, sizes, index.preorder().size(), index.quotes().size() + index.withheldCount(),
                index.presentedQuoteCount(),
                toolVersions(), Map.of());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The versions of Weft and of the libraries that shape the output, as their jars declare them. */
    static Map<String, String> toolVersions() {
        Map<String, String> tools = new LinkedHashMap<>();
        tools.put("weft", WEFT_VERSION);
        tools.put("java (specification)", System.getProperty("java.specification.version"));
        tools.put("freemarker", freemarker.template.Configuration.getVersion().toString());
        for (String artifact : LIBRARIES) {
            String version = mavenVersion(artifact);
            if (version != null) {
                tools.put(artifact.substring(artifact.indexOf(':') + 1), version);
            }
        }
        return tools;
    }

    public static final String WEFT_VERSION = "0.1.0-SNAPSHOT";

    /** The libraries whose version can change the output, as group:artifact. */
    private static final List<String> LIBRARIES = List.of(
            "com.vladsch.flexmark:flexmark", "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml",
            "org.jsoup:jsoup", "com.networknt:json-schema-validator", "de.undercouch:citeproc-java",
            "org.citationstyles:styles", "io.github.openhtmltopdf:openhtmltopdf-pdfbox", "org.apache.pdfbox:pdfbox",
            "org.apache.poi:poi-ooxml");

    /** The version a library's jar declares in its Maven metadata; libraries not on the class path are left out. */
    private static String mavenVersion(String artifact) {
        String[] ga = artifact.split(":");
        String resource = "/META-INF/maven/" + ga[0] + "/" + ga[1] + "/pom.properties";
        try (var in = Manifest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The manifest as pretty-printed JSON with a stable key order. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inputs", inputs.entrySet().stream()
                .map(e -> Map.of("path", e.getKey(), "sha256", e.getValue(), "bytes", inputSizes.get(e.getKey())))
                .map(m -> {
                    Map<String, Object> ordered = new LinkedHashMap<>();
                    ordered.put("path", m.get("path"));
                    ordered.put("sha256", m.get("sha256"));
                    ordered.put("bytes", m.get("bytes"));
                    return ordered;
                }).toList());
        json.put("codingFrame", Map.of("nodes", nodes, "quotes", quotes, "presentedQuotes", presentedQuotes));
        json.put("tools", tools);
        json.put("formats", formats.entrySet().stream().map(e -> {
            Map<String, Object> format = new LinkedHashMap<>();
            format.put("path", e.getKey());
            format.put("mediaType", e.getValue());
            return format;
        }).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
