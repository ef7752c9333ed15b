import Foundation

/// libFuzzer's entry point, present when the target is built with `-sanitize=fuzzer`
/// (`make fuzz`). SwiftPM gives executables their own `main`, so this one hands the command
/// line to libFuzzer's driver rather than relying on libFuzzer's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argumentCount, &arguments, { data, size in fuzzOneInput(data, size) }))
