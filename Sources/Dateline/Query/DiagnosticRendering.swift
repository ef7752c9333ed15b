extension Diagnostic {
    /// `FILE:LINE:COL: error: MESSAGE`, the source line with a caret and underline under
    /// the exact span, then the notes (with their own line when it is another one) and the
    /// fix-its. The one renderer of diagnostics, for the command line, the REPL and tests.
    public func rendered(in source: SourceText) -> String {
        rendered(in: source, colored: false)
    }

    /// As ``rendered(in:)``; `colored` adds ANSI colours (for a terminal only).
    public func rendered(in source: SourceText, colored: Bool) -> String {
        DiagnosticRenderer(source: source, colored: colored, diagnostic: self).render()
    }

    /// What a fix-it offers, in words: "did you mean `where`?", "insert `)`".
    public static func describe(_ fixIt: FixIt, in source: SourceText) -> String {
        if fixIt.range.start == fixIt.range.end { return "insert `\(fixIt.replacement)`" }
        if fixIt.replacement.isEmpty { return "remove `\(source.slice(fixIt.range.start..<fixIt.range.end))`" }
        return "did you mean `\(fixIt.replacement)`?"
    }
}

/// Lays out one diagnostic. Carets are placed by display width (``DisplayWidth``), so they
/// line up under CJK (two cells), combining marks (none) and Arabic text alike; very long
/// lines are cut to a window around the span.
private struct DiagnosticRenderer {
    let source: SourceText
    let colored: Bool
    let diagnostic: Diagnostic

    /// How many characters of context a cut line keeps before and after the span.
    static let contextBefore = 60, contextAfter = 60, longestMark = 80

    func render() -> String {
        let (line, column) = source.location(of: diagnostic.range.start)
        let primaryLine = line
        var otherLines = diagnostic.notes.compactMap { $0.range.map { source.location(of: $0.start).line } }
        otherLines.removeAll { $0 == primaryLine }
        let gutter = String(otherLines.max().map { max($0, line) } ?? line).count
        var out = paint("\(source.name):\(line):\(column): ", .bold)
        out += paint("\(diagnostic.severity.rawValue):", diagnostic.severity == .error ? .red : .magenta)
        out += paint(" \(diagnostic.message)", .bold) + "\n"
        out += excerpt(diagnostic.range, gutter: gutter)
        for note in diagnostic.notes {
            out += paint("note:", .cyan) + " \(note.message)\n"
            if let range = note.range, source.location(of: range.start).line != primaryLine {
                out += excerpt(range, gutter: gutter)
            }
        }
        for fixIt in diagnostic.fixIts {
            out += paint("fix:", .green) + " \(Diagnostic.describe(fixIt, in: source))\n"
        }
        return out
    }

    /// The line holding `range.start` and a caret line under the span (to the line's end
    /// when the span goes on to later lines).
    private func excerpt(_ range: SourceRange, gutter: Int) -> String {
        let index = source.lineIndex(of: range.start)
        let span = source.lineSpan(index)
        let start = min(max(range.start, span.lowerBound), span.upperBound)
        let end = min(max(range.end, start), span.upperBound)
        let before = window(span.lowerBound..<start, keeping: Self.contextBefore, atEnd: true)
        let marked = window(start..<end, keeping: Self.longestMark, atEnd: false)
        let after = window(end..<span.upperBound, keeping: Self.contextAfter, atEnd: false)
        let number = String(index + 1)
        let pad = String(repeating: " ", count: gutter - number.count)
        let caret = "^" + String(repeating: "~", count: max(1, DisplayWidth.of(marked)) - 1)
        return "  \(pad)\(number) | \(before)\(marked)\(after)\n"
            + "  \(String(repeating: " ", count: gutter)) | "
            + String(repeating: " ", count: DisplayWidth.of(before)) + paint(caret, .green) + "\n"
    }

    /// At most `count` characters of the text of `range` — its last ones when `atEnd` — with
    /// `…` where it was cut, made displayable. Only a bounded number of bytes is decoded, so a
    /// 10 MB line costs no more than a short one.
    private func window(_ range: Range<Int>, keeping count: Int, atEnd: Bool) -> String {
        let (text, wasCut) = source.slice(range, atMost: 16 * count, fromEnd: atEnd)
        let shown = Self.displayable(text)
        guard wasCut || shown.count > count else { return shown }
        return atEnd ? "…" + shown.suffix(count) : shown.prefix(count) + "…"
    }

    /// The text with tabs shown as one space and other control characters as `�`, so that
    /// what is printed and what is measured agree.
    private static func displayable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            if scalar == "\t" { return " " }
            return scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar
        }))
    }

    private enum Colour: String {
        case bold = "1", red = "1;31", magenta = "1;35", cyan = "1;36", green = "1;32"
    }

    private func paint(_ text: String, _ colour: Colour) -> String {
        colored ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }
}
