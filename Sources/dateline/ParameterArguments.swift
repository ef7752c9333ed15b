/// `--param NAME=VALUE` arguments, as the values the session binds to `$NAME` (the engine
/// uses them as values of the field they are compared with, never as query text).
enum ParameterArguments {
    struct Malformed: Error {
        let argument: String
    }

    /// The values by name (a leading `$` on a name is dropped); the first argument without
    /// a name and an `=` fails.
    static func parse(_ arguments: [String]) -> Result<[String: String], Malformed> {
        var values: [String: String] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                return .failure(Malformed(argument: argument))
            }
            var name = argument[..<equals]
            if name.hasPrefix("$") { name = name.dropFirst() }
            values[String(name)] = String(argument[argument.index(after: equals)...])
        }
        return .success(values)
    }
}
