package weft.qda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Validates REFI-QDA documents against the two schemas of the standard, {@code Project.xsd} (QDA-XML 1.0) and
 * {@code Codebook.xsd}, shipped beside this class with their licence (NOTICE.txt). The schemas are compiled once per
 * JVM (a {@link Schema} is immutable and thread-safe); nothing is fetched: secure processing is on, external DTDs and
 * schemas are refused, a document with a DTD is refused, and an instance's {@code xsi:schemaLocation} is ignored.
 * Documents in the older {@code urn:QDA-XML:project:0:4} or {@code urn:QDA-XML:codebook:0:4} namespace (ATLAS.ti writes
 * them) are validated as 1.0, the namespace being the only difference Weft knows of.
 */
public final class QdaSchemas {

    /** The most violations one document reports one by one; the rest are counted. */
    public static final int MAX_REPORTED = 20;

    /** The two schemas, by the document's root element. */
    public enum Kind {
        PROJECT("Project.xsd", "urn:QDA-XML:project:"), CODEBOOK("Codebook.xsd", "urn:QDA-XML:codebook:");

        final String file;
        final String namespacePrefix;

        Kind(String file, String namespacePrefix) {
            this.file = file;
            this.namespacePrefix = namespacePrefix;
        }

        /** The schema's file name, as diagnostics name it. */
        public String file() {
            return file;
        }
    }

    /** A violation of the schema, where the document has it (line and column 0 when the parser does not say). */
    public record Violation(int line, int column, String message) {
    }

    /** Compiled on first use, once: the holder idiom makes it lazy and thread-safe. */
    private static final class Compiled {
        static final Schema PROJECT = compile(Kind.PROJECT);
        static final Schema CODEBOOK = compile(Kind.CODEBOOK);

        private static Schema compile(Kind kind) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            try {
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            } catch (SAXException e) {
                throw new IllegalStateException("the JDK's schema factory refuses secure processing", e);
            }
            String resource = kind.file;
            try (InputStream in = QdaSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("weft/qda/" + resource + " is missing from the class path");
                }
                return factory.newSchema(new StreamSource(in, "weft/qda/" + resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SAXException e) {
                throw new IllegalStateException("weft/qda/" + resource + " does not compile: " + e.getMessage(), e);
            }
        }
    }

    private QdaSchemas() {
    }

    static Schema schema(Kind kind) {
        return kind == Kind.PROJECT ? Compiled.PROJECT : Compiled.CODEBOOK;
    }

    /**
     * Validates the REFI-QDA file that the import read ({@code .qdc}, {@code .qde}, or the {@code project.qde} of a
     * {@code .qdpx}) and reports each violation as a warning {@code label:line:column: does not validate against
     * Project.xsd: ...}, at most {@value #MAX_REPORTED}, then how many more. Call it once the file was read as
     * well-formed and safe ({@link QdaReader}); a file it cannot read again is left alone.
     */
    public static void warn(Path file, String label, Diagnostics diagnostics) {
        byte[] xml;
        String at = label;
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
                xml = projectOf(file);
                at = label + "!project.qde";
            } else {
                xml = Files.readAllBytes(file);
            }
        } catch (IOException e) {
            return; // the reader has read it a moment ago; whatever happened since, validation is only advice
        }
        if (xml == null) {
            return;
        }
        Kind kind = kindOf(xml);
        List<Violation> violations = violations(xml, kind);
        for (int i = 0; i < violations.size() && i < MAX_REPORTED; i++) {
            Violation v = violations.get(i);
            diagnostics.warning(new SourcePosition(at, v.line(), v.column()),
                    "does not validate against " + kind.file() + ": " + v.message());
        }
        if (violations.size() > MAX_REPORTED) {
            diagnostics.warning(SourcePosition.ofFile(at), (violations.size() - MAX_REPORTED) + " more violations of "
                    + kind.file() + " are not listed");
        }
    }

    /** The project.qde of a .qdpx, read within the reader's size limit; null when it has none. */
    static byte[] projectOf(Path qdpx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(qdpx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().replace('\\', '/').equalsIgnoreCase("project.qde")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        out.write(buffer, 0, n);
                        if (out.size() > QdaReader.MAX_XML_BYTES) {
                            return null;
                        }
                    }
                    return out.toByteArray();
                }
            }
        }
        return null;
    }

    /** The schema for a document: Codebook.xsd when its root element is {@code <CodeBook>}, else Project.xsd. */
    static Kind kindOf(byte[] xml) {
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                        return reader.getLocalName().equals("CodeBook") ? Kind.CODEBOOK : Kind.PROJECT;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            // not well-formed: Project.xsd reports the parse error as well as the other would
        }
        return Kind.PROJECT;
    }

    /**
     * Every violation of {@code kind}'s schema in {@code xml}, in document order; a document that is not well-formed
     * gives its one parse error. The {@code 0:4} namespaces are read as 1.0.
     */
    public static List<Violation> violations(byte[] xml, Kind kind) {
        List<Violation> violations = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // a schema warning is no violation
            }

            @Override
            public void error(SAXParseException e) {
                violations.add(new Violation(Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            ValidatorHandler validator = schema(kind).newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(collect);
            XMLFilterImpl oldNamespace = new NamespaceAsOneZero(reader, kind.namespacePrefix);
            oldNamespace.setContentHandler(validator);
            oldNamespace.setErrorHandler(collect);
            oldNamespace.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            if (violations.isEmpty() || !violations.get(violations.size() - 1).message().equals(e.getMessage())) {
                violations.add(new Violation(Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), e.getMessage()));
            }
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be set up securely: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory
        }
        return List.copyOf(violations);
    }

    /** Passes events on with the 0:4 namespace of {@code prefix} renamed to 1.0. */
    private static final class NamespaceAsOneZero extends XMLFilterImpl {
        private final String old;
        private final String current;

        NamespaceAsOneZero(XMLReader parent, String prefix) {
            super(parent);
            this.old = prefix + "0:4";
            this.current = prefix + "1.0";
        }

        private String map(String uri) {
            return old.equals(uri) ? current : uri;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            super.startPrefixMapping(prefix, map(uri));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            super.startElement(map(uri), localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(map(uri), localName, qName);
        }
    }
}
