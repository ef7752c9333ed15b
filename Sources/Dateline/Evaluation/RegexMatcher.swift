import Foundation

/// A `matches /pattern/` test whose matching stops at a time bound, so that a
/// catastrophic pattern ends with an error instead of hanging the query.
struct RegexMatcher: @unchecked Sendable {
    let pattern: String
    private let expression: NSRegularExpression
    /// Where the pattern is written, for the error when it runs out of time.
    let range: SourceRange

    /// Compiles `pattern`; an invalid pattern is a diagnostic at its place.
    init(pattern: String, range: SourceRange) throws {
        self.pattern = pattern
        self.range = range
        do {
            expression = try NSRegularExpression(pattern: pattern, options: [])
        } catch {
            throw Diagnostic(code: "invalid-regex", message: "invalid regular expression /\(pattern)/", range: range)
        }
    }

    /// Whether `text` has a match. ICU reports progress during long matches; past the
    /// deadline (or on cancellation) matching stops with an error.
    func matches(_ text: String, deadline: Deadline) throws -> Bool {
        var found = false
        var expired = false
        let whole = NSRange(location: 0, length: (text as NSString).length)
        expression.enumerateMatches(in: text, options: [.reportProgress], range: whole) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
            } else if DispatchTime.now() > deadline.regexLimit || deadline.isCancelled {
                expired = true
                stop.pointee = true
            }
        }
        if expired {
            try deadline.check()
            throw Diagnostic(
                code: "regex-timeout", message: "matching /\(pattern)/ took too long and was stopped",
                range: range, notes: [.init("the pattern may backtrack catastrophically; simplify nested repetitions like (a+)+")])
        }
        if !found, DispatchTime.now() > deadline.regexLimit {
            throw Diagnostic(code: "regex-timeout", message: "matching /\(pattern)/ took too long and was stopped", range: range)
        }
        return found
    }
}
