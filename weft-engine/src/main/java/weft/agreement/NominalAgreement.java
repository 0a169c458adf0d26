package weft.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.dkpro.statistics.agreement.IAgreementMeasure;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * The measures of agreement over nominal values, by DKPro Agreement: each unit holds one value per coder, or
 * {@code null} where that coder did not judge the unit.
 */
public final class NominalAgreement {

    private NominalAgreement() {
    }

    /** The measures of {@code units}, each an array of one value per coder ({@code coders} of them; null: missing). */
    public static Measures of(List<String[]> units, int coders) {
        List<String[]> pairable = new ArrayList<>();
        List<String[]> complete = new ArrayList<>();
        for (String[] unit : units) {
            if (unit.length != coders) {
                throw new IllegalArgumentException("a unit has " + unit.length + " values for " + coders + " coders");
            }
            long given = Arrays.stream(unit).filter(Objects::nonNull).count();
            if (given >= 2) {
                pairable.add(unit);
            }
            if (given == coders) {
                complete.add(unit);
            }
        }
        return new Measures(pairable.size(), complete.size(),
                measure(complete, coders, PercentageAgreement::new),
                coders == 2 ? measure(complete, coders, CohenKappaAgreement::new) : OptionalDouble.empty(),
                measure(complete, coders, FleissKappaAgreement::new),
                measure(pairable, coders, s -> new KrippendorffAlphaAgreement(s, new NominalDistanceFunction())));
    }

    private static OptionalDouble measure(List<String[]> units, int coders,
                                          Function<CodingAnnotationStudy, IAgreementMeasure> measure) {
        if (units.isEmpty() || coders < 2) {
            return OptionalDouble.empty();
        }
        CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
        units.forEach(u -> study.addItemAsArray(u));
        double value = measure.apply(study).calculateAgreement();
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
