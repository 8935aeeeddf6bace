import Foundation
import NewsGraph
import XCTest
@testable import NewsGraphRender

/// Graphviz allocations are all freed: resident memory stays flat over a thousand renders.
final class RenderMemoryTests: XCTestCase {
    /// Resident set size of this process, in bytes (Linux: /proc/self/statm).
    private func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    func testAThousandRendersOfTheCorpusDoNotGrowMemory() throws {
        let corpus = try RenderTestSupport.corpus()
        let (diagram, _) = DiagramBuilder.diagram(of: corpus)
        for _ in 0..<50 { _ = try Renderer.render(diagram, format: .svg) }  // warm caches and fonts
        let before = residentBytes()
        for _ in 0..<1_000 { _ = try Renderer.render(diagram, format: .svg) }
        let after = residentBytes()
        XCTAssertGreaterThan(before, 0)
        // A leak of even 1 KB per render would add 1 MB; allow noise well below a real leak.
        XCTAssertLessThan(after - before, 4 * 1_024 * 1_024, "resident memory grew from \(before) to \(after) bytes")
    }
}
