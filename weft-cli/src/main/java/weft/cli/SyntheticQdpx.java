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
 * The same seed gives the same bytes. {@link #withCases} makes each source a respondent of a survey: a case with
 * variables (age, region, occupation), as a large survey's open answers come from a QDA tool.
 */
final class SyntheticQdpx {

    private static final String[] WORDS = {"garden", "week", "neighbour", "water", "morning", "rain", "seeds", "tools",
        "bench", "path", "tomato", "basket", "friend", "season", "soil", "visit", "talk", "help", "rest", "light"};

    private final int selections;
    private final int codes;
    private final int sources;
    private final Random random;
    private final boolean cases;

    SyntheticQdpx(int selections, int codes, int sources, long seed) {
        this(selections, codes, sources, seed, false);
    }

    private SyntheticQdpx(int selections, int codes, int sources, long seed, boolean cases) {
        this.selections = selections;
        this.codes = codes;
        this.sources = sources;
        this.random = new Random(seed);
        this.cases = cases;
    }

    /** The same project with a case for each source (a respondent), with three variables. */
    static SyntheticQdpx withCases(int selections, int codes, int sources, long seed) {
        return new SyntheticQdpx(selections, codes, sources, seed, true);
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
        xml.append("</Codes></CodeBook>\n");
        int casesAt = xml.length();
        StringBuilder caseXml = new StringBuilder("<Variables>\n");
        String[] variables = {"age", "region", "occupation"};
        String[] variableGuids = new String[variables.length];
        for (int v = 0; cases && v < variables.length; v++) {
            variableGuids[v] = uuid().toString().toUpperCase();
            caseXml.append("<Variable guid=\"").append(variableGuids[v]).append("\" name=\"").append(variables[v])
                    .append("\" typeOfVariable=\"Text\"/>\n");
        }
        caseXml.append("</Variables>\n<Cases>\n");
        xml.append("<Sources>\n");
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
                if (cases) {
                    caseXml.append("<Case guid=\"").append(uuid().toString().toUpperCase()).append("\" name=\"Respondent ")
                            .append(s + 1).append("\">\n");
                    String[] values = {Integer.toString(18 + random.nextInt(70)), "Region " + (1 + random.nextInt(12)),
                        WORDS[random.nextInt(WORDS.length)] + " work"};
                    for (int v = 0; v < variables.length; v++) {
                        caseXml.append("<VariableValue><VariableRef targetGUID=\"").append(variableGuids[v])
                                .append("\"/><TextValue>").append(values[v]).append("</TextValue></VariableValue>\n");
                    }
                    caseXml.append("<SourceRef targetGUID=\"").append(guid).append("\"/>\n</Case>\n");
                }
                xml.append("<TextSource guid=\"").append(guid).append("\" name=\"Interview ").append(s + 1)
                        .append(".txt\" plainTextPath=\"internal://").append(guid).append(".txt\">\n").append(sels).append("</TextSource>\n");
                zip.putNextEntry(new ZipEntry("sources/" + guid + ".txt"));
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            xml.append("</Sources>\n</Project>\n");
            if (cases) {
                xml.insert(casesAt, caseXml.append("</Cases>\n"));
            }
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
