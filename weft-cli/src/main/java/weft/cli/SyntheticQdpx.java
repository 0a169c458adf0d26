package weft.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A synthetic REFI-QDA project zip of a given size, for the import benchmark: {@code codes} codes in two levels,
 * {@code sources} text sources of made-up sentences, and {@code selections} coded selections, each a whole sentence.
 * The same seed gives the same bytes.
 */
final class SyntheticQdpx {

    private static final String[] WORDS = {"garden", "week", "neighbour", "water", "morning", "rain", "seeds", "tools",
        "bench", "path", "tomato", "basket", "friend", "season", "soil", "visit", "talk", "help", "rest", "light"};

    private final int selections;
    private final int codes;
    private final int sources;
    private final Random random;

    SyntheticQdpx(int selections, int codes, int sources, long seed) {
        this.selections = selections;
        this.codes = codes;
        this.sources = sources;
        this.random = new Random(seed);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    void write(Path file) throws IOException {
        String[] codeGuids = new String[codes];
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\""
                + " name=\"synthetic\" origin=\"weft synth\">\n<Users><User guid=\"" + uuid().toString().toUpperCase() + "\" name=\"Synthetic coder\"/></Users>\n"
                + "<CodeBook><Codes>\n");
        int parents = Math.max(1, codes / 10);
        for (int i = 0; i < codes; i++) {
            codeGuids[i] = uuid().toString().toUpperCase();
        }
        for (int p = 0; p < parents; p++) {
            xml.append("<Code guid=\"").append(codeGuids[p]).append("\" name=\"Theme ").append(p + 1).append("\" isCodable=\"true\">\n");
            for (int c = parents + p; c < codes; c += parents) {
                xml.append("<Code guid=\"").append(codeGuids[c]).append("\" name=\"Code ").append(c + 1).append("\" isCodable=\"true\"/>\n");
            }
            xml.append("</Code>\n");
        }
        xml.append("</Codes></CodeBook>\n<Sources>\n");
        try (OutputStream os = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW); ZipOutputStream zip = new ZipOutputStream(os)) {
            int perSource = (selections + sources - 1) / sources;
            int made = 0;
            for (int s = 0; s < sources && made < selections; s++) {
                String guid = uuid().toString().toUpperCase();
                StringBuilder text = new StringBuilder();
                StringBuilder sels = new StringBuilder();
                for (int k = 0; k < perSource && made < selections; k++, made++) {
                    String sentence = sentence();
                    int start = text.codePointCount(0, text.length());
                    text.append(sentence);
                    int end = text.codePointCount(0, text.length());
                    text.append(" ");
                    sels.append("<PlainTextSelection guid=\"").append(uuid().toString().toUpperCase()).append("\" name=\"s\" startPosition=\"")
                            .append(start).append("\" endPosition=\"").append(end).append("\"><Coding guid=\"")
                            .append(uuid().toString().toUpperCase()).append("\"><CodeRef targetGUID=\"")
                            .append(codeGuids[random.nextInt(codes)]).append("\"/></Coding></PlainTextSelection>\n");
                }
                xml.append("<TextSource guid=\"").append(guid).append("\" name=\"Interview ").append(s + 1)
                        .append(".txt\" plainTextPath=\"internal://").append(guid).append(".txt\">\n").append(sels).append("</TextSource>\n");
                zip.putNextEntry(new ZipEntry("sources/" + guid + ".txt"));
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            xml.append("</Sources>\n</Project>\n");
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private String sentence() {
        StringBuilder s = new StringBuilder();
        int n = 6 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return s.append('.').toString();
    }
}
