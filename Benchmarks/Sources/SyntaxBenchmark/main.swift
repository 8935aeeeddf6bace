// Tagging plus parsing speed on one core: the words of the EWT and GUM dev files, sentence by
// sentence on the calling thread, several runs. Prints words per second (median of the runs).
// Usage: syntax-benchmark [data/ud] [runs] [model file; default the shipped model]
import Foundation
import NewsGraph

let arguments = CommandLine.arguments
let dataDirectory = arguments.count > 1 ? arguments[1] : "data/ud"
let runs = arguments.count > 2 ? Int(arguments[2])! : 5
let model = arguments.count > 3 ? try SyntaxModel(contentsOf: URL(fileURLWithPath: arguments[3])) : SyntaxModel.standard

var sentences: [[String]] = []
for file in ["ewt/en_ewt-ud-dev.conllu", "gum/en_gum-cc-by-dev.conllu"] {
    let text = try String(contentsOfFile: "\(dataDirectory)/\(file)", encoding: .utf8)
    sentences += try CoNLLU.read(text).map(\.words)
}
let words = sentences.reduce(0) { $0 + $1.count }
_ = model.parse(sentences[0])

var rates: [Double] = []
var checksum = 0
for run in 1...runs {
    let start = DispatchTime.now().uptimeNanoseconds
    checksum = 0
    for sentence in sentences { checksum &+= model.parse(sentence).heads.reduce(0, &+) }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    rates.append(Double(words) / seconds)
    print(String(format: "run %d: %.2f s, %.0f words/s", run, seconds, Double(words) / seconds))
}
rates.sort()
print(String(format: "%d sentences, %d words per run (checksum %d)", sentences.count, words, checksum))
print(String(format: "median: %.0f words/s tagged and parsed on one core (min %.0f, max %.0f over %d runs)", rates[rates.count / 2], rates.first!, rates.last!, runs))
