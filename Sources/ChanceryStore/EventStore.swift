import Foundation
import GRDB

/// The event store: documents, their event mentions, and the fused events those mentions report, in a SQLite file (WAL
/// mode; the default) or a PostgreSQL database (`ChanceryPostgres`). Every query and all of fusion are written once, over
/// `StoreBackend`. Safe to share between threads; reads run concurrently with a writer.
public final class EventStore: Sendable {
    /// The file, or the database URL without its password.
    public let path: String
    /// The engine the shared store code runs on.
    let backend: any StoreBackend
    /// Each SQLite connection's page cache limit, in KiB (`PRAGMA cache_size`).
    static let pageCacheKiB = 65_536

    /// A store over another engine's backend, already created and migrated (as `ChanceryPostgres` opens one).
    public init(backend: any StoreBackend) {
        self.backend = backend
        path = backend.location
    }

    /// `$CHANCERY_STORE`, else `chancery.sqlite` in the current folder.
    public static var defaultPath: String {
        if let env = ProcessInfo.processInfo.environment["CHANCERY_STORE"], !env.isEmpty { return env }
        return "chancery.sqlite"
    }

    /// Opens (and, unless `readOnly`, creates or upgrades) the store at `path`.
    ///
    /// A file that is not SQLite, a SQLite file of another program, or a store from a newer Chancery is
    /// refused with a `StoreError` before anything is written to it.
    public convenience init(path: String, readOnly: Bool = false) throws {
        try self.init(path: path, readOnly: readOnly, immutable: readOnly && !EventStore.isWritable(path))
    }

    /// Opens the store; `immutable` reads a file nothing may write (a read-only file or mount), where SQLite cannot make
    /// the WAL index beside it, through SQLite's `immutable` URI.
    init(path: String, readOnly: Bool, immutable: Bool) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if readOnly && !exists {
            throw StoreError.cannotOpen(path: path, reason: "no such file; run `chancery ingest` first or give --store")
        }
        // Two processes opening a new store at once raced: both saw no tables and both migrated ("table meta already
        // exists"), or one inspected the other's half-made schema. Opening and migrating hold an exclusive lock.
        let openLock = readOnly ? nil : try EventStore.lockForOpening(path)
        defer { openLock.map(EventStore.unlock) }
        if FileManager.default.fileExists(atPath: path) { try EventStore.inspect(path, immutable: immutable) }
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // SQLite's default page cache (2 MiB) is smaller than one ingest transaction's dirty pages: fusing a
            // mention rewrites index pages all over `mention_event`, so the cache spilled them to the WAL mid-transaction
            // and read them back, 1.09 million pwrite calls for 10,000 articles (65 MB of store). A limit, not an
            // allocation: a connection holds only the pages it reads.
            try db.execute(sql: "PRAGMA cache_size = -\(EventStore.pageCacheKiB)")
            // Statement journals (every multi-row INSERT and fusing UPDATE inside the ingest transaction keeps one, to
            // undo just that statement) went to temp files: 80 pwrite calls a document. In memory they cost a few pages.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        do {
            let pool: any DatabaseWriter =
                immutable
                ? try DatabaseQueue(path: EventStore.immutableURI(path), configuration: config)
                : try DatabasePool(path: path, configuration: config)
            if !readOnly { try Schema.migrator.migrate(pool) }
            backend = SQLiteBackend(location: path, pool: pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Whether this process may write the file and the folder it is in (where SQLite keeps the WAL and its index).
    static func isWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// A `file:` URI that opens the file as immutable: no locks, no WAL index, nothing written.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let encoded =
            absolute.addingPercentEncoding(
                withAllowedCharacters: .urlPathAllowed.subtracting(.init(charactersIn: "?#"))) ?? absolute
        return "file:" + encoded + "?immutable=1"
    }

    /// Takes the exclusive lock on `PATH.lock` (a file of its own: closing a second descriptor of the database file would
    /// drop SQLite's own POSIX locks on it) that serialises opening and migrating between processes.
    static func lockForOpening(_ path: String) throws -> Int32 {
        let fd = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StoreError.cannotOpen(
                path: path,
                reason:
                    "cannot create \(path).lock beside it (\(String(cString: strerror(errno)))); is the folder writable?"
            )
        }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        return fd
    }

    /// Releases the lock taken by `lockForOpening`.
    static func unlock(_ fd: Int32) {
        _ = flock(fd, LOCK_UN)
        close(fd)
    }

    /// Checks an existing file without changing it: SQLite header, application id, known migrations.
    static func inspect(_ path: String, immutable: Bool = false) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "the file cannot be read (permissions?)")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }  // an empty file becomes a new store
        guard header == Data("SQLite format 3\u{0}".utf8) else { throw StoreError.notADatabase(path: path) }
        var config = Configuration()
        config.readonly = true
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: immutable ? immutableURI(path) : path, configuration: config) } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
        do {
            try queue.read { db in
                let tables = try String.fetchAll(
                    db,
                    sql:
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
                let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if tables.isEmpty { return }
                if appID != Schema.applicationID { throw StoreError.notAStore(path: path, tables: tables) }
                let migrator = Schema.migrator
                if try migrator.hasBeenSuperseded(db) {
                    let known = Set(try migrator.completedMigrations(db))
                    let applied = try migrator.appliedIdentifiers(db)
                    throw StoreError.newerSchema(path: path, unknown: applied.subtracting(known).sorted())
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// How much the store holds.
    public struct Counts: Sendable, Equatable {
        /// Stored documents.
        public var documents: Int
        /// Fused events.
        public var events: Int
        /// Event mentions across all documents.
        public var mentions: Int
    }

    /// Counts documents, fused events and mentions.
    public func counts() throws -> Counts {
        try backend.read { db in
            Counts(
                documents: try db.value("SELECT count(*) FROM document") ?? 0,
                events: try db.value("SELECT count(*) FROM event") ?? 0,
                mentions: try db.value("SELECT count(*) FROM mention") ?? 0)
        }
    }
}

extension EventStore {
    /// Records a migration identifier as applied, as a newer Chancery would; only tests call this.
    func markAppliedForTesting(_ identifier: String) throws {
        try backend.write { db in try db.execute("INSERT INTO grdb_migrations (identifier) VALUES (\(identifier))") }
    }
}
