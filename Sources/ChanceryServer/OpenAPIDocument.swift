import ChanceryStore

/// The OpenAPI 3.0 description of the API at `/openapi.json`; tests check it names exactly the routes served.
enum OpenAPIDocument {
    /// Paths and methods the API serves, as the document lists them.
    static let operations: [(path: String, method: String)] = [
        ("/api/events", "get"), ("/api/events/{id}", "get"), ("/api/actors", "get"), ("/api/documents/{id}", "get"),
        ("/api/code", "post"), ("/api/documents", "post"), ("/openapi.json", "get"),
    ]

    static func query(_ name: String, _ description: String, type: String = "string", format: String? = nil, enumValues: [String]? = nil) -> JSONBody {
        var schema: [(String, JSONBody)] = [("type", .string(type))]
        if let format { schema.append(("format", .string(format))) }
        if let enumValues { schema.append(("enum", .array(enumValues.map(JSONBody.string)))) }
        return .object([("name", .string(name)), ("in", .string("query")), ("required", .bool(false)),
                        ("description", .string(description)), ("schema", .object(schema))])
    }

    static func pathID(_ description: String, type: String) -> JSONBody {
        .object([("name", .string("id")), ("in", .string("path")), ("required", .bool(true)), ("description", .string(description)),
                 ("schema", .object([("type", .string(type))]))])
    }

    static func response(_ description: String, schema: String? = nil) -> JSONBody {
        var fields: [(String, JSONBody)] = [("description", .string(description))]
        if let schema {
            fields.append(("content", .object([("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/\(schema)"))]))]))])))
        }
        return .object(fields)
    }

    static let errors: [(String, JSONBody)] = [("400", response("A parameter is not valid; the message names it", schema: "Error"))]

    static var documentBody: JSONBody {
        .object([("required", .bool(true)), ("content", .object([
            ("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/DocumentIn"))]))])),
            ("application/x-ndjson", .object([("schema", .object([("type", .string("string")), ("description", .string("JSON Lines, one DocumentIn a line"))]))])),
            ("text/plain", .object([("schema", .object([("type", .string("string")), ("description", .string("One article; a first line `date YYYY-MM-DD` gives its date"))]))])),
        ]))])
    }

    /// The document.
    static var json: JSONBody {
        let filters: [JSONBody] = [
            query("country", "Source or target country, IGO or region code (RUS, IGOEU, EUR)"),
            query("actor", "Part of a source or target actor's name"),
            query("role", "Source or target CAMEO sector (GOV, MIL ...)"),
            query("code", "CAMEO code or prefix (042, 04)"),
            query("root", "CAMEO root, 01 to 20"),
            query("plover", "PLOVER event type (CONSULT ...)"),
            query("status", "Fused status", enumValues: FusedStatus.allValues),
            query("since", "Events on or after this day", format: "date"),
            query("until", "Events on or before this day", format: "date"),
            query("location", "Location name or country code"),
            query("text", "Words that must all occur in an evidence sentence"),
            query("sort", "Order of results", enumValues: EventFilter.Sort.allCases.map(\.rawValue)),
            query("limit", "Events per page, 1 to 500 (default 50)", type: "integer"),
            query("cursor", "next_cursor of the previous page"),
            query("mentions", "true to include every mention of each event", enumValues: ["true", "false"]),
        ]
        let paths: [(String, JSONBody)] = [
            ("/api/events", .object([("get", .object([
                ("summary", .string("Fused events matching the filters, one page")), ("parameters", .array(filters)),
                ("responses", .object([("200", response("A page of events", schema: "EventPage"))] + errors)),
            ]))])),
            ("/api/events/{id}", .object([("get", .object([
                ("summary", .string("One fused event with every mention")), ("parameters", .array([pathID("Event id", type: "integer")])),
                ("responses", .object([("200", response("The event", schema: "Event")), ("404", response("No such event", schema: "Error"))] + errors)),
            ]))])),
            ("/api/actors", .object([("get", .object([
                ("summary", .string("Actors with event counts and the phrases they were found by")),
                ("parameters", .array([query("limit", "Actors at most, 1 to 500 (default 100)", type: "integer"),
                                       query("country", "Only this country, IGO or region code"),
                                       query("discovered", "true for actors learned from the text only", enumValues: ["true", "false"])])),
                ("responses", .object([("200", response("Actors", schema: "ActorList"))] + errors)),
            ]))])),
            ("/api/documents/{id}", .object([("get", .object([
                ("summary", .string("A stored document's text with the spans of its events' evidence and its actor mentions")),
                ("parameters", .array([pathID("Document id", type: "string")])),
                ("responses", .object([("200", response("The document", schema: "DocumentOut")), ("404", response("No such document", schema: "Error"))])),
            ]))])),
            ("/api/code", .object([("post", .object([
                ("summary", .string("Code documents and return their events; nothing is stored")),
                ("parameters", .array([query("date", "Publication date for documents without one", format: "date")])),
                ("requestBody", documentBody),
                ("responses", .object([("200", response("Events as events.md records", schema: "Coded")),
                                       ("413", response("Body too large", schema: "Error"))] + errors)),
            ]))])),
            ("/api/documents", .object([("post", .object([
                ("summary", .string("Code and store documents (needs the server's bearer token)")),
                ("security", .array([.object([("bearer", .array([]))])])),
                ("parameters", .array([query("date", "Publication date for documents without one", format: "date")])),
                ("requestBody", documentBody),
                ("responses", .object([("201", response("What was stored", schema: "IngestResult")),
                                       ("401", response("Missing or wrong token", schema: "Error")),
                                       ("403", response("The server is read-only (started without a token)", schema: "Error")),
                                       ("413", response("Body too large", schema: "Error"))] + errors)),
            ]))])),
            ("/openapi.json", .object([("get", .object([
                ("summary", .string("This document")), ("responses", .object([("200", response("OpenAPI 3.0 document"))])),
            ]))])),
        ]
        func object(_ props: [(String, String)], required: [String] = []) -> JSONBody {
            var fields: [(String, JSONBody)] = [("type", .string("object")),
                                                ("properties", .object(props.map { ($0.0, .object([("type", .string($0.1))])) }))]
            if !required.isEmpty { fields.append(("required", .array(required.map(JSONBody.string)))) }
            return .object(fields)
        }
        let schemas: [(String, JSONBody)] = [
            ("Error", .object([("type", .string("object")), ("properties", .object([("error", object([("status", "integer"), ("message", "string")]))]))])),
            ("Event", object([("id", "integer"), ("doc", "string"), ("event", "string"), ("sentence", "integer"), ("evidence", "object"),
                              ("source", "object"), ("target", "object"), ("cameo", "string"), ("root", "string"), ("quad", "integer"),
                              ("plover", "string"), ("goldstein", "number"), ("date", "object"), ("location", "object"), ("status", "string"),
                              ("attribution", "array"), ("quote", "string"), ("counts", "object"), ("first_report", "string"),
                              ("last_report", "string"), ("mentions", "array")])),
            ("EventPage", .object([("type", .string("object")), ("properties", .object([
                ("events", .object([("type", .string("array")), ("items", .object([("$ref", .string("#/components/schemas/Event"))]))])),
                ("count", .object([("type", .string("integer"))])), ("next_cursor", .object([("type", .string("string")), ("nullable", .bool(true))])),
            ]))])),
            ("ActorList", object([("actors", "array"), ("count", "integer")])),
            ("DocumentIn", object([("id", "string"), ("date", "string"), ("title", "string"), ("text", "string"), ("url", "string"),
                                   ("source", "string")], required: ["text"])),
            ("DocumentOut", object([("id", "string"), ("date", "string"), ("title", "string"), ("url", "string"), ("source", "string"),
                                    ("ingested_at", "string"), ("text", "string"), ("events", "array"), ("actors", "array")])),
            ("Coded", object([("documents", "integer"), ("events", "array")])),
            ("IngestResult", object([("added", "integer"), ("replaced", "integer"), ("skipped", "integer"), ("mentions", "integer")])),
        ]
        return .object([
            ("openapi", .string("3.0.3")),
            ("info", .object([("title", .string("Chancery")), ("version", .string("1.0.0")),
                              ("description", .string("Political events coded from news: who did what to whom, when, where, per whom, how sure."))])),
            ("paths", .object(paths)),
            ("components", .object([("schemas", .object(schemas)),
                                    ("securitySchemes", .object([("bearer", .object([("type", .string("http")), ("scheme", .string("bearer"))]))]))])),
        ])
    }
}
