import Dateline

/// One libFuzzer input: arbitrary bytes as a script. Lexing, parsing, rendering every
/// diagnostic and the completeness check must not crash or hang, and every statement that
/// parses must print as canonical source that parses back to the same text.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: data == nil ? 0 : size), as: UTF8.self)
    var parser = Parser(text)
    let statements = parser.parseScript()
    let source = SourceText(name: "fuzz.q", text: text)
    for diagnostic in parser.diagnostics {
        _ = diagnostic.rendered(in: source, colored: true)
    }
    for statement in statements {
        let printed = statement.description
        var reparser = Parser(printed)
        let reparsed = reparser.parseScript()
        precondition(reparser.diagnostics.isEmpty, "canonical text does not parse: \(printed)")
        precondition(reparsed.map(\.description) == [printed], "printing is not idempotent: \(printed)")
    }
    _ = isCompleteInput(text)
    return 0
}
