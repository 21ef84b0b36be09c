/// Why a syntax model could not be loaded, with what to do about it.
public enum SyntaxModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No model file where the resources should have one.
    case missing(path: String)
    /// The file is there but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not a model this version can read, or is cut short.
    case corrupt(path: String, reason: String)
    /// The model cannot be written in the file format.
    case unwritable(reason: String)

    /// A message for the user.
    public var description: String {
        switch self {
        case .missing(let path):
            return
                "no syntax model at \(path): run `swift run -c release chancery-train` to train one, or set CHANCERY_RESOURCES"
        case .unreadable(let path, let reason):
            return "cannot read the syntax model \(path): \(reason)"
        case .corrupt(let path, let reason):
            return
                "the syntax model \(path) is damaged or from another version (\(reason)): retrain it with chancery-train"
        case .unwritable(let reason):
            return "cannot write the syntax model: \(reason); train on a tag set of at most 256 UPOS-XPOS pairs"
        }
    }
}
