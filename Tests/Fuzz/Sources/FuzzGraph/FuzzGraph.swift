// libFuzzer target: the graph loader.
//
// bytes → Graph.decode(_:path:) (may throw GraphFileError: fine) → problems() → jsonData()
// → Graph.decode round trip → Graph.merged([g, g]).
//
// Any crash, any broken invariant (checked below with `require`, which traps) and any input
// that takes more than the linear time budget is a finding. Keep these checks in step with
// Tests/NewsGraphTests/FuzzRegressionTests.swift, which replays the findings.
import Foundation
import NewsGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraph(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let started = DispatchTime.now().uptimeNanoseconds
    check(bytes)
    // Loading is O(n log n): a fixed allowance plus a per-byte budget some thirty times the
    // instrumented cost (under 1 µs a byte), so that only a superlinear blow-up trips it.
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    let budget = 2.0 + Double(size) * 20e-6
    require(elapsed <= budget, "superlinear: \(size) bytes took \(elapsed) s (budget \(budget) s)")
    return 0
}

private func check(_ bytes: Data) {
    let graph: Graph
    do {
        graph = try Graph.decode(bytes, path: "fuzz.json")
    } catch let error as GraphFileError {
        require(error.path == "fuzz.json" && !error.message.isEmpty, "GraphFileError without a message")
        require(!error.message.contains(where: \.isNewline), "the error is more than one line: \(error.message)")
        return
    } catch {
        fatalError("Graph.decode threw something other than GraphFileError: \(error)")
    }
    for problem in graph.problems() {
        require(problem.path.hasPrefix("$."), "problem without a JSON path: \(problem)")
        require(!problem.description.contains(where: \.isNewline), "the problem is more than one line: \(problem)")
    }
    // What decodes must encode, and its canonical bytes must read back as the same graph.
    let json: Data
    do { json = try graph.jsonData() } catch { fatalError("a decoded graph cannot be written: \(error)") }
    let again: Graph
    do { again = try Graph.decode(json, path: "fuzz.json") } catch { fatalError("the canonical JSON does not decode: \(error)") }
    require((try? again.jsonData()) == json, "the canonical JSON changed in a round trip")
    // Merging a graph with itself must not crash, and gives a graph that can be written.
    let merged = Graph.merged([graph, graph])
    require((try? merged.jsonData()) != nil, "a merged graph cannot be written")
    require(Graph.merged([merged, graph]) == merged, "merge is not idempotent")
}

/// Traps (a libFuzzer "deadly signal") with a message when an invariant is broken.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz-graph: " + message()) }
}
