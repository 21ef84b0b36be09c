import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a child process ended.
enum ChildExit: Equatable, CustomStringConvertible {
    /// It exited with a status.
    case status(Int32)
    /// A signal killed it (a Swift runtime trap is SIGILL or SIGTRAP).
    case signal(Int32)

    /// Decodes a `waitpid` status (the W* macros do not reach Swift).
    init(waitStatus s: Int32) {
        let signal = s & 0x7f
        self = signal == 0 ? .status((s >> 8) & 0xff) : .signal(signal)
    }

    var description: String {
        switch self {
        case .status(let n): return "exit status \(n)"
        case .signal(let n): return "signal \(n)"
        }
    }
}

/// A child process of this same binary, spoken to through its standard input and output.
final class WorkerProcess {
    /// The child's process id.
    let pid: pid_t
    /// Messages to the child's standard input and from its standard output.
    let channel: FrameChannel
    private var exit: ChildExit?

    /// Spawning is serialised so that no child inherits another child's pipe ends before they are marked close-on-exec.
    private static let spawnLock = NSLock()

    private init(pid: pid_t, channel: FrameChannel) {
        self.pid = pid
        self.channel = channel
    }

    /// Starts `executable arguments...` with pipes on its standard input and output; standard error is shared.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String]) throws
        -> WorkerProcess
    {
        spawnLock.lock()
        defer { spawnLock.unlock() }
        let toChild = try pipePair()
        let fromChild = try pipePair()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild.read, 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild.write, 1)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid = pid_t()
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(toChild.read)
        close(fromChild.write)
        guard rc == 0 else {
            close(toChild.write)
            close(fromChild.read)
            throw FrameError.system(call: "posix_spawn \(executable)", errno: rc)
        }
        return WorkerProcess(pid: pid, channel: FrameChannel(input: fromChild.read, output: toChild.write))
    }

    /// A pipe whose ends are closed on exec, so only the child they are meant for holds them.
    private static func pipePair() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw FrameError.system(call: "pipe", errno: errno) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// Closes the pipes (the child reads end of input and exits) and waits for the child; returns how it ended.
    @discardableResult
    func finish() -> ChildExit {
        if let exit { return exit }
        close(channel.output)
        close(channel.input)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let ended = ChildExit(waitStatus: status)
        exit = ended
        return ended
    }

    /// This binary's path, to start copies of it.
    static var executablePath: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return Bundle.main.executablePath ?? CommandLine.arguments.first ?? "chancery"
    }
}
