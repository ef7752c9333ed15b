extension Database {
    /// What may stand at `cursor` in `text` — sources, keywords, fields, operators, and the
    /// values of the field in this database with their counts — as the REPL's TAB offers it.
    ///
    /// - Parameters:
    ///   - text: the whole input (earlier lines of a multi-line query included).
    ///   - cursor: a position in `text`; only the text before it counts. Defaults to the end.
    ///   - metaCommands: your front end's own `.commands`, offered after a leading `.`.
    /// - Returns: the partial word the candidates replace, and the candidates.
    public func completions(in text: String, at cursor: String.Index? = nil, metaCommands: [MetaCommandSpec] = []) -> Completion {
        let end = cursor.map { min($0, text.endIndex) } ?? text.endIndex
        return Completer(catalog: ValueCatalog(database: self), metaCommands: metaCommands).complete(String(text[..<end]))
    }
}
