import Testing

@testable import ChanceryPostgres

/// The store's `?` placeholders become PostgreSQL's numbered ones, outside quotes only; no server needed.
@Suite struct PostgresPlaceholderTests {
    @Test func placeholdersAreNumberedOutsideQuotes() {
        #expect(PostgresSession.numbered("SELECT ?, '?', \"a?b\", ?") == "SELECT $1, '?', \"a?b\", $2")
        #expect(PostgresSession.numbered("x = 'Élysée ?' AND y = ? -- é") == "x = 'Élysée ?' AND y = $1 -- é")
        #expect(PostgresSession.numbered("VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?)").hasSuffix("($11)"))
        #expect(PostgresSession.numbered("") == "")
    }
}
