package weft.render.manuscript;

/** How a numbered list's item is marked, as the list writes it: 3., c), (iv), C. */
public final class ListMarkers {

    private ListMarkers() {
    }

    /**
     * Item {@code number}'s marker in a list numbered {@code numbering} (an HTML list type: 1, a, A, i, I) whose markers
     * end {@code delimiter} ("." or ")", or "()" for parentheses around the number).
     */
    public static String marker(int number, String numbering, String delimiter) {
        String n = switch (numbering) {
            case "a", "A" -> number >= 1 && number <= 26 ? String.valueOf((char) ('a' + number - 1)) : Integer.toString(number);
            case "i", "I" -> number >= 1 && number < 4000 ? new com.ibm.icu.text.RuleBasedNumberFormat(
                    com.ibm.icu.util.ULocale.ROOT, com.ibm.icu.text.RuleBasedNumberFormat.NUMBERING_SYSTEM)
                    .format(number, "%roman-lower") : Integer.toString(number);
            default -> Integer.toString(number);
        };
        n = Character.isUpperCase(numbering.charAt(0)) ? n.toUpperCase(java.util.Locale.ROOT) : n;
        return delimiter.equals("()") ? "(" + n + ")" : n + delimiter;
    }
}
