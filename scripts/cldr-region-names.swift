// Prints CLDR region names as TSV lines "CODE<TAB>LANGUAGE<TAB>NAME", for the region
// codes and languages given as arguments: swift cldr-region-names.swift en,fr CN,US
// Used by generate-country-names.py; Foundation's Locale carries CLDR offline.
import Foundation

let languages = CommandLine.arguments[1].split(separator: ",").map(String.init)
let codes = CommandLine.arguments[2].split(separator: ",").map(String.init)
for language in languages {
    let locale = Locale(identifier: language)
    for code in codes {
        if let name = locale.localizedString(forRegionCode: code), name != code {
            print("\(code)\t\(language)\t\(name)")
        }
    }
}
