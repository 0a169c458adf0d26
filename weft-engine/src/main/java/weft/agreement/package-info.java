/**
 * Agreement between coders: where quotes carry the codings of two or more coders ({@code qda.codings}), percent
 * agreement, Cohen's kappa, Fleiss' kappa and Krippendorff's alpha, per node and overall, computed with DKPro
 * Agreement. Read by the prose's {@code {{agreement:...}}} directives and the evidence site's agreement page.
 */
package weft.agreement;
