package weft.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.xml.sax.SAXException;

/**
 * The Nu Html Checker (the W3C's HTML5 validator, nu.validator) run in-process and offline, set up once and
 * reused for many pages as its command line does. Collects errors; its warnings (advice) are not errors.
 */
public final class HtmlChecker {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private final XmlErrors errors = new XmlErrors();

    public HtmlChecker() {
        try {
            validator.setUpMainSchema(HTML5_SCHEMA, errors);
            validator.setUpValidatorAndParsers(errors, true, false);
        } catch (Exception e) { // setUpMainSchema declares Exception
            throw new IllegalStateException("cannot set up the HTML checker", e);
        } finally {
            // the checker sets log4j to print everything; Freemarker would then print its debug log in every later test
            LogManager.resetConfiguration();
            LogManager.getRootLogger().setLevel(Level.OFF);
        }
    }

    /** The errors of one page, as {@code line:column: message}; empty when it is valid HTML5. */
    public List<String> errors(Path page) {
        errors.clear();
        try {
            validator.checkHtmlFile(page.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            errors.add("cannot be checked: " + e.getMessage());
        }
        return errors.list();
    }
}
