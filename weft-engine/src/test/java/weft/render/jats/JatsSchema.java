package weft.render.jats;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import weft.support.XmlErrors;

/**
 * The official JATS 1.3 Journal Publishing schema (with MathML 3), as NLM distributes it in W3C XML Schema form
 * (src/test/resources/jats-1.3, see its SOURCE.md). Validates a document and returns every error with its line.
 */
public final class JatsSchema {

    private static Schema schema;

    static synchronized Schema schema() throws Exception {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = factory.newSchema(JatsSchema.class.getResource("/jats-1.3/JATS-journalpublishing1-3-mathml3.xsd"));
        }
        return schema;
    }

    /** The schema's errors in {@code xml}, as "line:column: message"; empty when it is valid. */
    public static List<String> errors(String xml) throws Exception {
        XmlErrors errors = new XmlErrors();
        Validator validator = schema().newValidator();
        validator.setErrorHandler(errors);
        SAXParserFactory parsers = SAXParserFactory.newInstance();
        parsers.setNamespaceAware(true);
        // the DOCTYPE names the DTD for readers that validate with it; this test validates with the schema
        parsers.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        XMLReader reader = parsers.newSAXParser().getXMLReader();
        validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
        return errors.list();
    }

    private JatsSchema() {
    }
}
