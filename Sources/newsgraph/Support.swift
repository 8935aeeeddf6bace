import ArgumentParser
import Foundation
import NewsGraph

/// Exit codes, after BSD's sysexits.
enum ExitStatus: Int32 {
    case usage = 64
    case dataError = 65
    case noInput = 66
    case software = 70
    case cannotCreate = 73
}

/// A failure with a one-line message for stderr and an exit code.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    let code: ExitStatus
    var description: String { message }
}

enum Diagnostics {
    /// Prints a line to standard error.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data(("newsgraph: " + line + "\n").utf8))
    }
}

/// Runs a command's body, turning a `CommandFailure` into one line on stderr and its exit code.
func reportingFailures(_ body: () throws -> Void) throws {
    do { try body() } catch let failure as CommandFailure {
        Diagnostics.note("error: " + failure.message)
        throw ExitCode(failure.code.rawValue)
    } catch let error as GraphFileError {
        Diagnostics.note("error: " + error.description)
        throw ExitCode(ExitStatus.dataError.rawValue)
    } catch let exit as ExitCode {
        throw exit
    } catch {
        Diagnostics.note("internal error: \(error)")
        throw ExitCode(ExitStatus.software.rawValue)
    }
}

/// Writes files so that no reader ever sees half of one: a temporary file in the target
/// directory, renamed into place.
enum OutputFile {
    static func prepareDirectory(_ path: String) throws {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw CommandFailure(message: "\(path): cannot create directory", code: .cannotCreate)
        }
    }

    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure(message: "\(path): cannot write file", code: .cannotCreate)
        }
    }

    static func refuseOverwritingInputs(outputs: [String], inputs: [String]) throws {
        let inputPaths = Set(inputs.filter { $0 != "-" }.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
        for output in outputs where inputPaths.contains(URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path) {
            throw CommandFailure(message: "\(output): is also an input; refusing to overwrite it", code: .usage)
        }
    }
}

/// The standard lexicon with the user's `--lexicon` files added; a bad file is a data error.
func loadLexicon(adding files: [String]) throws -> Lexicon {
    for file in files where !FileManager.default.isReadableFile(atPath: file) {
        throw CommandFailure(message: "\(file): cannot read lexicon file", code: .noInput)
    }
    do { return try Lexicon.standard(adding: files) } catch let error as LexiconError {
        throw CommandFailure(message: error.description, code: .dataError)
    }
}
