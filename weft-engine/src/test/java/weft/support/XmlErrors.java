package weft.support;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** A validator's errors as {@code line:column: message}, in the order found; its warnings (advice) are not errors. */
public final class XmlErrors implements ErrorHandler {

    private final List<String> errors = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
        // advice, such as "text not in Unicode Normalization Form C", which concerns the study's own text
    }

    @Override
    public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
        error(e);
    }

    public void add(String error) {
        errors.add(error);
    }

    public void clear() {
        errors.clear();
    }

    public List<String> list() {
        return List.copyOf(errors);
    }
}
