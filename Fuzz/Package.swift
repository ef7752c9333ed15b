// swift-tools-version:6.0
// The libFuzzer target of the lexer and parser, kept out of the main package so that a
// normal `swift build` never needs the fuzzer runtime. Built and run by `make fuzz`.
import Foundation
import PackageDescription

/// A path dependency is named after its directory, which differs between checkouts.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()

let package = Package(
    name: "DatelineFuzz",
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "DatelineFuzz",
            dependencies: [.product(name: "Dateline", package: root.lastPathComponent)]
        ),
    ]
)
