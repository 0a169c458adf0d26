package weft.render.pdf;

import com.ibm.icu.util.ULocale;
import java.text.BreakIterator;
import java.text.CharacterIterator;

/**
 * ICU's line breaking (Unicode's UAX #14, with dictionaries for the languages written without spaces: Thai, Lao,
 * Khmer, Burmese, and the CJK rules) as a {@link java.text.BreakIterator}, the type openhtmltopdf's URL-aware line
 * breaker wraps. The JDK's own breaks Thai nowhere: a quote in Thai ran off the page in one line.
 */
final class IcuLineBreaks extends BreakIterator {

    private final com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getLineInstance(ULocale.ROOT);

    @Override
    public int first() {
        return icu.first();
    }

    @Override
    public int last() {
        return icu.last();
    }

    @Override
    public int next(int n) {
        return icu.next(n);
    }

    @Override
    public int next() {
        return icu.next();
    }

    @Override
    public int previous() {
        return icu.previous();
    }

    @Override
    public int following(int offset) {
        return icu.following(offset);
    }

    @Override
    public int preceding(int offset) {
        return icu.preceding(offset);
    }

    @Override
    public boolean isBoundary(int offset) {
        return icu.isBoundary(offset);
    }

    @Override
    public int current() {
        return icu.current();
    }

    @Override
    public CharacterIterator getText() {
        return icu.getText();
    }

    @Override
    public void setText(String text) {
        icu.setText(text);
    }

    @Override
    public void setText(CharacterIterator text) {
        icu.setText(text);
    }

    @Override
    public Object clone() {
        IcuLineBreaks copy = new IcuLineBreaks();
        copy.icu.setText((CharacterIterator) icu.getText().clone());
        return copy;
    }
}
