package weft.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;

/** Checks that the dates of study.yaml, already in the schema's form, name days (and months) that exist. */
final class StudyDates {

    /** Fields that hold a full date, YYYY-MM-DD. */
    private static final List<String> DAYS = List.of("/presentation/date");
    /** Fields that hold YYYY, YYYY-MM or YYYY-MM-DD (a publication date may be known to its month or year only). */
    private static final List<String> PARTIAL = List.of("/corpus/collectedFrom", "/corpus/collectedTo",
            "/publication/received", "/publication/accepted", "/publication/published");

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private StudyDates() {
    }

    /** Reports each impossible date at its value; false when there was one. */
    static boolean check(YamlDocument study, Diagnostics diagnostics) {
        boolean ok = true;
        for (String pointer : DAYS) {
            ok &= checkOne(study, pointer, diagnostics);
        }
        for (String pointer : PARTIAL) {
            ok &= checkOne(study, pointer, diagnostics);
        }
        return ok;
    }

    private static boolean checkOne(YamlDocument study, String pointer, Diagnostics diagnostics) {
        JsonNode value = study.root().at(pointer);
        if (!value.isTextual()) {
            return true;
        }
        String problem = problem(value.asText());
        if (problem.isEmpty()) {
            return true;
        }
        diagnostics.error(study.positionOf(pointer), SchemaChecker.readable(pointer) + ": '" + value.asText() + "' " + problem);
        return false;
    }

    /** What is wrong with a date of the form YYYY[-MM[-DD]], or empty when it is a real one. */
    static String problem(String date) {
        if (!FORM.matcher(date).matches()) {
            return ""; // the schema reports the form
        }
        String[] parts = date.split("-");
        if (parts.length < 2) {
            return "";
        }
        int year = Integer.parseInt(parts[0]);
        int month = Integer.parseInt(parts[1]);
        if (month < 1 || month > 12) {
            return "is not a date: there is no month " + month;
        }
        if (parts.length < 3) {
            return "";
        }
        int day = Integer.parseInt(parts[2]);
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return "is not a date: " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
                    + " has " + length + " days";
        }
        return "";
    }
}
