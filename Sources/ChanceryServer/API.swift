import ChanceryCore
import ChanceryStore
import Foundation
import Hummingbird

/// The JSON API handlers.
struct API: Sendable {
    /// The server answering: its store, pipeline, configuration and cache.
    let server: ChanceryServer

    /// The store the answers come from.
    var store: EventStore { server.store }

    /// `GET /api/events`: fused events with the filters of `chancery events` and cursor pagination.
    func events(_ request: Request) throws -> Response {
        let params = RequestParameters(request)
        let filter = try params.eventFilter(maxPage: server.configuration.maxPageSize)
        return try server.cached(request, contentType: Responses.jsonType) {
            let page = try store.events(filter, withMentions: params.string("mentions") == "true")
            return JSONBody.object([
                ("events", .array(page.events.map(\.json))),
                ("count", .int(page.events.count)),
                ("next_cursor", page.nextCursor.map(JSONBody.string) ?? .null)
            ]).serialized + "\n"
        }
    }

    /// `GET /api/events/{id}`: one fused event with every mention.
    func event(_ idText: String) throws -> Response {
        guard let id = Int64(idText), id > 0 else {
            throw APIError(.badRequest, "parameter id=\(idText) is not valid: expected an event id (a positive number)")
        }
        guard let event = try store.event(id: id) else { throw APIError(.notFound, "no event \(id) in the store") }
        return Responses.json(event.json)
    }

    /// `GET /api/actors`: actors with event counts.
    func actors(_ request: Request) throws -> Response {
        let params = RequestParameters(request)
        let limit = try params.int("limit", default: 100, in: 1...server.configuration.maxPageSize)
        let country = params.string("country")?.uppercased()
        if let country, country.count < 3 || !country.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) {
            throw APIError(
                .badRequest,
                "parameter country=\(country) is not valid: expected an ISO3, IGO or region code such as RUS")
        }
        let discovered = params.string("discovered") == "true"
        return try server.cached(request, contentType: Responses.jsonType) {
            let actors = try store.actors(limit: limit, discoveredOnly: discovered, country: country)
            return JSONBody.object([("actors", .array(actors.map { .object($0.json) })), ("count", .int(actors.count))])
                .serialized + "\n"
        }
    }

    /// `GET /api/documents/{id}`: the text with the spans of every event's evidence and every actor mention.
    func document(_ id: String) throws -> Response {
        guard let record = try store.document(id: id) else {
            throw APIError(.notFound, "no document \"\(id)\" in the store")
        }
        let mentions = try store.mentions(inDocument: id)
        let actors = server.pipeline.run(record.document).mentions.flatMap { $0 }.filter {
            !$0.country.isEmpty && !$0.isLocative
        }
        func opt(_ s: String?) -> JSONBody { s.map(JSONBody.string) ?? .null }
        return Responses.json(
            .object([
                ("id", .string(record.id)), ("date", opt(record.date)), ("title", opt(record.title)),
                ("url", opt(record.url)),
                ("source", opt(record.source)), ("ingested_at", .string(record.ingestedAt)),
                ("text", .string(record.text)),
                (
                    "events",
                    .array(
                        mentions.map { item in
                            .object([
                                ("id", .int(Int(item.event))), ("event", .string(item.mention.event)),
                                ("sentence", .int(item.mention.sentence)),
                                ("start", .int(item.mention.span.start)), ("end", .int(item.mention.span.end)),
                                ("cameo", .string(item.mention.cameo)),
                                ("status", .string(item.mention.status))
                            ])
                        })
                ),
                (
                    "actors",
                    .array(
                        actors.map { m in
                            .object([
                                ("start", .int(m.span.start)), ("end", .int(m.span.end)), ("text", .string(m.text)),
                                ("actor", .string(m.actor)),
                                ("code", .string(m.code))
                            ])
                        })
                )
            ]))
    }

    /// `POST /api/code`: documents in (JSON, JSON Lines or plain text), their events out; nothing is stored.
    func code(_ request: Request) async throws -> Response {
        let data = try await server.body(request)
        let params = RequestParameters(request)
        let docs = try server.documents(from: data, request: request, date: try params.day("date")?.description)
        let pipeline = server.pipeline
        // Written out on the coding thread too: thousands of events make megabytes of JSON.
        let body = try await server.coding.run { deadline in
            let events = try docs.flatMap { try pipeline.run($0, deadline: deadline).events }
            return JSONBody.object([("documents", .int(docs.count)), ("events", .array(events.map(Records.event)))])
                .serialized + "\n"
        }
        return Response(
            status: .ok, headers: [.contentType: Responses.jsonType], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// `POST /api/documents`: code and store documents; needs the bearer token.
    func ingest(_ request: Request) async throws -> Response {
        try authorize(request)
        let data = try await server.body(request)
        let params = RequestParameters(request)
        let docs = try server.documents(from: data, request: request, date: try params.day("date")?.description)
        let pipeline = server.pipeline
        let coded = try await server.coding.run { deadline in
            try docs.map { try StoredDocument(coding: $0, with: pipeline, deadline: deadline) }
        }
        let result = try store.ingest(coded)
        return Responses.json(
            .object([
                ("added", .int(result.added)), ("replaced", .int(result.replaced)), ("skipped", .int(result.skipped)),
                ("mentions", .int(result.mentions))
            ]), status: .created)
    }

    /// Checks `Authorization: Bearer TOKEN` in constant time; without a configured token nothing may write.
    func authorize(_ request: Request) throws {
        guard server.configuration.token != nil else {
            throw APIError(
                .forbidden, "this server is read-only: start it with --token (or CHANCERY_TOKEN) to allow ingesting")
        }
        if !server.tokenMatches(request.headers[.authorization] ?? "") {
            throw APIError(
                .unauthorized, "missing or wrong bearer token: send Authorization: Bearer TOKEN",
                headers: [.wwwAuthenticate: "Bearer"])
        }
    }
}
