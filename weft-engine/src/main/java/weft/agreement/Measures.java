package weft.agreement;

import java.util.OptionalDouble;

/**
 * The agreement of the coders over a set of units (quotes).
 *
 * @param units    the units at least two coders judged (Krippendorff's alpha uses them all, with missing values)
 * @param complete the units every coder judged (percent agreement, Cohen's and Fleiss' kappa use only these)
 * @param percent  the share of pairs of coders who gave a complete unit the same value, 0 to 1
 * @param cohen    Cohen's kappa, only for two coders
 * @param alpha    Krippendorff's alpha, nominal
 *                 (each empty where the measure is not defined: no unit, or one value only, so no chance to agree by)
 */
public record Measures(int units, int complete, OptionalDouble percent, OptionalDouble cohen, OptionalDouble fleiss,
                       OptionalDouble alpha) {

    /** The measure by its name in the directives: percent, cohen, fleiss or alpha. */
    public OptionalDouble measure(String name) {
        return switch (name) {
            case "percent" -> percent;
            case "cohen" -> cohen;
            case "fleiss" -> fleiss;
            case "alpha" -> alpha;
            default -> throw new IllegalArgumentException("no measure " + name);
        };
    }
}
