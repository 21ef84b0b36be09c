import Foundation

/// Finds the data files: the package's own resources, or a folder named by `CHANCERY_RESOURCES`,
/// plus any folders a user adds whose files extend (and, line by line, override) the built-in ones.
public struct ResourceLocator: Sendable {
    /// Folders searched in order; later folders override earlier ones.
    public var folders: [URL]

    /// The built-in resources (or `$CHANCERY_RESOURCES`), then `extra` folders.
    public init(extra: [URL] = []) {
        var base: [URL] = []
        if let env = ProcessInfo.processInfo.environment["CHANCERY_RESOURCES"], !env.isEmpty {
            base.append(URL(fileURLWithPath: env))
        } else {
            base.append(Bundle.module.bundleURL.appendingPathComponent("Resources"))
        }
        folders = base + extra
    }

    /// Creates a locator over exactly these folders.
    public init(folders: [URL]) {
        self.folders = folders
    }

    /// Every `*.tsv` file (or `*.<ext>`) under `subfolder` of each folder, built-in first, in name order within a folder.
    public func files(in subfolder: String, named name: String? = nil, extension ext: String = "tsv") -> [URL] {
        var result: [URL] = []
        for folder in folders {
            let dir = folder.appendingPathComponent(subfolder)
            guard let items = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
            for item in items.sorted() where item.hasSuffix("." + ext) && (name == nil || item == name) {
                result.append(dir.appendingPathComponent(item))
            }
        }
        return result
    }
}
