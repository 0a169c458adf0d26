package weft.diagnostics;

/** How bad a diagnostic is: errors fail the build, warnings are reported (and fail it in strict mode). */
public enum Severity {
    ERROR, WARNING
}
