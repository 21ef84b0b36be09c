import Foundation

/// Reads documents from files, folders and standard input in the layouts of `interfaces.md`.
///
/// Streams: each document is handed to the caller as soon as it is read, so memory stays flat
/// over a corpus; problems are reported and skipped without losing the rest.
public struct DocumentReader: Sendable {
    /// Publication date for documents that carry none (`--date`).
    public var defaultDate: Day?
    /// Largest document or JSON Lines record accepted, in bytes.
    public var maxDocumentBytes: Int
    /// Bytes read at a time when streaming JSON Lines.
    public var chunkBytes = 1 << 22
    /// Extensions read when walking a folder.
    public static let folderExtensions: Set<String> = ["txt", "text", "jsonl", "ndjson"]

    /// Creates a reader.
    public init(defaultDate: Day? = nil, maxDocumentBytes: Int = 10_000_000) {
        self.defaultDate = defaultDate
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// Reads every path in order (`-` is standard input); calls `emit` per document and `report` per problem.
    public func read(paths: [String], emit: (Document) throws -> Void, report: (ReadError) -> Void) rethrows {
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                try readData(data, name: "-", id: "stdin", jsonLines: nil, emit: emit, report: report)
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                report(ReadError(file: path, problem: .unreadable("no such file or folder")))
                continue
            }
            if isDir.boolValue {
                for file in filesInFolder(path) { try readFile(file, emit: emit, report: report) }
            } else {
                try readFile(path, emit: emit, report: report)
            }
        }
    }

    /// The readable files under a folder, recursively, in name order.
    public func filesInFolder(_ path: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let item = walker.nextObject() as? String {
            let ext = (item as NSString).pathExtension.lowercased()
            guard DocumentReader.folderExtensions.contains(ext) else { continue }
            let full = (path as NSString).appendingPathComponent(item)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }

    /// Reads one file; JSON Lines files are streamed a chunk at a time, so memory does not grow with the file.
    public func readFile(_ path: String, emit: (Document) throws -> Void, report: (ReadError) -> Void) rethrows {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "jsonl" || ext == "ndjson", let handle = FileHandle(forReadingAtPath: path) {
            defer { try? handle.close() }
            try streamJSONLines(handle, name: path, emit: emit, report: report)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            report(ReadError(file: path, problem: .unreadable("permission denied or not a regular file")))
            return
        }
        let name = (path as NSString).lastPathComponent
        let id = (name as NSString).deletingPathExtension
        try readData(
            data, name: path, id: id, jsonLines: ext == "jsonl" || ext == "ndjson" ? true : nil,
            emit: emit, report: report)
    }

    /// Reads bytes as JSON Lines (when `jsonLines` is true, or nil and the data starts with `{`) or one text document.
    public func readData(
        _ data: Data, name: String, id: String, jsonLines: Bool?,
        emit: (Document) throws -> Void, report: (ReadError) -> Void
    ) rethrows {
        let firstNonSpace = data.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        guard firstNonSpace != nil else {
            report(ReadError(file: name, problem: .empty))
            return
        }
        if jsonLines ?? (firstNonSpace == UInt8(ascii: "{")) {
            try readJSONLines([UInt8](data), name: name, emit: emit, report: report)
            return
        }
        if data.count > maxDocumentBytes {
            report(ReadError(file: name, line: 1, problem: .tooLong(bytes: data.count, limit: maxDocumentBytes)))
            return
        }
        // Decoded in place: a text file's bytes are not copied into an array first.
        let decoded = data.withUnsafeBytes { TextDecoding.decode($0.assumingMemoryBound(to: UInt8.self)) }
        switch decoded {
        case .failure(let problem): report(ReadError(file: name, problem: problem))
        case .success(let text):
            var document = CrawlLayout.parse(text: text, id: id, defaultDate: defaultDate)
            document.origin = DocumentOrigin(file: name, line: 1)
            try emit(document)
        }
    }

    /// Reads JSON Lines from a file handle in chunks; a record over the size limit is skipped without being held.
    private func streamJSONLines(
        _ handle: FileHandle, name: String, emit: (Document) throws -> Void,
        report: (ReadError) -> Void
    ) rethrows {
        var buffer: [UInt8] = []
        var lineNumber = 0
        var skipping = 0  // bytes of an oversized line being skipped
        var sawAny = false  // a line that was not blank
        while true {
            let data = (try? handle.read(upToCount: chunkBytes)) ?? nil
            guard let data, !data.isEmpty else { break }
            // Searched as an array of bytes: searching `Data` checked exclusive access at every byte (a tenth of ingest's
            // reading thread).
            let chunk = [UInt8](data)
            var from = chunk.startIndex
            while let newline = chunk[from...].firstIndex(of: 0x0A) {
                lineNumber += 1
                if skipping > 0 {
                    report(
                        ReadError(
                            file: name, line: lineNumber,
                            problem: .tooLong(bytes: skipping + (newline - from), limit: maxDocumentBytes)))
                    skipping = 0
                    sawAny = true
                } else {
                    buffer.append(contentsOf: chunk[from..<newline])
                    if try readJSONLine(buffer[...], lineNumber: lineNumber, name: name, emit: emit, report: report) {
                        sawAny = true
                    }
                }
                buffer.removeAll(keepingCapacity: true)
                from = newline + 1
            }
            if skipping > 0 {
                skipping += chunk.endIndex - from
            } else {
                buffer.append(contentsOf: chunk[from...])
                if buffer.count > maxDocumentBytes {
                    skipping = buffer.count
                    buffer.removeAll()
                }
            }
        }
        if skipping > 0 {
            report(
                ReadError(file: name, line: lineNumber + 1, problem: .tooLong(bytes: skipping, limit: maxDocumentBytes))
            )
            sawAny = true
        } else if !buffer.isEmpty {
            if try readJSONLine(buffer[...], lineNumber: lineNumber + 1, name: name, emit: emit, report: report) {
                sawAny = true
            }
        }
        if !sawAny { report(ReadError(file: name, problem: .empty)) }
    }

    private func readJSONLines(
        _ bytes: [UInt8], name: String, emit: (Document) throws -> Void,
        report: (ReadError) -> Void
    ) rethrows {
        var lineNumber = 0
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            _ = try readJSONLine(line, lineNumber: lineNumber, name: name, emit: emit, report: report)
        }
    }

    /// Reads one JSON Lines record; returns false for a blank line.
    @discardableResult
    private func readJSONLine(
        _ line: ArraySlice<UInt8>, lineNumber: Int, name: String, emit: (Document) throws -> Void,
        report: (ReadError) -> Void
    ) rethrows -> Bool {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return false }
        if line.count > maxDocumentBytes {
            report(
                ReadError(file: name, line: lineNumber, problem: .tooLong(bytes: line.count, limit: maxDocumentBytes)))
            return true
        }
        switch JSONRecord.parse(Data(line)) {
        case .failure(let problem): report(ReadError(file: name, line: lineNumber, problem: problem))
        case .success(let record):
            var date = defaultDate
            if let raw = record.date, !raw.isEmpty {
                if let day = Day(iso: raw.prefix(10)) {
                    date = day
                } else {
                    // The text is still good: keep it, with the publication date unknown.
                    report(ReadError(file: name, line: lineNumber, problem: .badDate(raw)))
                }
            }
            let fallbackID = ((name as NSString).lastPathComponent as NSString).deletingPathExtension + "-\(lineNumber)"
            try emit(
                Document(
                    id: record.id ?? fallbackID, text: record.text, date: date, title: record.title,
                    url: record.url, source: record.source, origin: DocumentOrigin(file: name, line: lineNumber)))
        }
        return true
    }
}
