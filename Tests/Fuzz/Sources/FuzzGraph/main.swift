// Entry point: hands the command line to libFuzzer's driver, which calls fuzzGraph (the
// `LLVMFuzzerTestOneInput` of this target) once per input. See Sources/FuzzerDriver.
import Foundation
import FuzzerDriver

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzGraph))
