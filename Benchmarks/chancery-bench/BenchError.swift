import Foundation

/// Why a benchmark cannot run on what it was given.
enum BenchError: Error, CustomStringConvertible {
    /// The corpus path holds no readable document.
    case noDocuments(String)
    /// The corpus codes to no event, so there is nothing to repeat into a store.
    case noEvents(String)

    var description: String {
        switch self {
        case .noDocuments(let path):
            return "no documents in \(path): give a corpus folder or JSON Lines file "
                + "(the default, ../shared/corpus/dev, is relative to the current folder)"
        case .noEvents(let path):
            return "the documents in \(path) code to no event: give a corpus of news articles"
        }
    }
}
