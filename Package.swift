// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Dateline",
    products: [
        .library(name: "Dateline", targets: ["Dateline"]),
        .executable(name: "dateline", targets: ["dateline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target Dateline` (the DocC catalog).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Articles → models → index → query → result. Never prints, never reads stdin.
        .target(name: "Dateline"),
        // libedit, reached through small non-variadic wrappers (see shim.h).
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The command line, the REPL and the script runner: clients of the library's public API.
        .executableTarget(
            name: "dateline",
            dependencies: [
                "Dateline",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // An embedding example that uses only the public API; built with everything else.
        .executableTarget(name: "DatelineExample", dependencies: ["Dateline"], path: "Examples/NewsMonitor"),
        // Golden files and fixture articles are read from the source tree (#filePath).
        .testTarget(name: "DatelineTests", dependencies: ["Dateline"], exclude: ["Golden", "Fixtures"]),
        // Test-only: pseudo-terminals for driving the REPL end to end (see LIBEDIT.md).
        .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
        .testTarget(name: "EndToEndTests", dependencies: ["Dateline", "CPseudoTerminal"]),
    ]
)

// The benchmark (`make bench`, Benchmarks/): a corpus generator and a harness that measures
// Dateline against SQLite and DuckDB. Kept apart from the product; its smoke test is quick.
package.targets += [
    .target(name: "DatelineBenchKit", dependencies: ["Dateline"], path: "Benchmarks/DatelineBenchKit"),
    .executableTarget(
        name: "DatelineBench",
        dependencies: ["DatelineBenchKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
        path: "Benchmarks/DatelineBench"
    ),
    .testTarget(name: "DatelineBenchTests", dependencies: ["DatelineBenchKit"], path: "Benchmarks/Tests/DatelineBenchTests"),
]
