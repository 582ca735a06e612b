package vn.ktgs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in the reader's language. picocli words its own errors in English; this names each kind in
 * {@code Cli.properties} instead: a missing option, an unknown option or argument, a value that is not of the
 * option's type or not one of its choices, an option given twice. The tool's own usage errors are already in the
 * reader's language and are shown as they are.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static String message(ParameterException e, KtgsCli.Lang lang) {
        if (e instanceof MissingParameterException missing) {
            return CliText.text(lang, "missingOption", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            String args = String.join(" ", unmatched.getUnmatched());
            return CliText.text(lang, unmatched.isUnknownOption() ? "unknownOption" : "unexpectedArgument", args);
        }
        if (e instanceof OverwrittenOptionException twice) {
            return CliText.text(lang, "optionTwice", name(twice.getOverwritten()));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && e.getCause() != null) {
            List<String> choices = new ArrayList<>();
            if (arg.completionCandidates() != null) {
                arg.completionCandidates().forEach(choices::add);
            }
            String option = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            return choices.isEmpty() ? CliText.text(lang, "invalidValue", option, e.getValue())
                    : CliText.text(lang, "invalidChoice", option, e.getValue(), String.join(", ", choices));
        }
        return e.getCause() == null ? e.getMessage() : CliText.text(lang, "badUsage", e.getMessage());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() + (arg.arity().max > 0 ? "=" + arg.paramLabel() : "")
                : arg.paramLabel();
    }
}
