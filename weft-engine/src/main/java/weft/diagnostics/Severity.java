package weft.diagnostics;

/**
 * How bad a diagnostic is: errors fail the build, warnings are reported (and fail it in strict mode), notes report
 * what the data itself acknowledges (an incomplete node): they never fail a build.
 */
public enum Severity {
    ERROR, WARNING, NOTE
}
