import ChanceryStore

/// The OpenAPI 3.0 description of the API at `/openapi.json`; tests check it names exactly the routes served.
enum OpenAPIDocument {
    /// Paths and methods the API serves, as the document lists them.
    static let operations: [(path: String, method: String)] = [
        ("/api/events", "get"), ("/api/events/{id}", "get"), ("/api/actors", "get"), ("/api/documents/{id}", "get"),
        ("/api/code", "post"), ("/api/documents", "post"), ("/openapi.json", "get")
    ]

    /// A query parameter; none is required, as every filter and option has a default.
    static func query(
        _ name: String, _ description: String, type: String = "string", format: String? = nil,
        enumValues: [String]? = nil
    ) -> JSONBody {
        var schema: [(String, JSONBody)] = [("type", .string(type))]
        if let format { schema.append(("format", .string(format))) }
        if let enumValues { schema.append(("enum", .array(enumValues.map(JSONBody.string)))) }
        return .object([
            ("name", .string(name)), ("in", .string("query")), ("required", .bool(false)),
            ("description", .string(description)), ("schema", .object(schema))
        ])
    }

    /// The `{id}` path parameter.
    static func pathID(_ description: String, type: String) -> JSONBody {
        .object([
            ("name", .string("id")), ("in", .string("path")), ("required", .bool(true)),
            ("description", .string(description)),
            ("schema", .object([("type", .string(type))]))
        ])
    }

    /// A response, with the JSON schema of its body when it has one.
    static func response(_ description: String, schema: String? = nil) -> JSONBody {
        var fields: [(String, JSONBody)] = [("description", .string(description))]
        if let schema {
            fields.append(
                (
                    "content",
                    .object([
                        (
                            "application/json",
                            .object([("schema", .object([("$ref", .string("#/components/schemas/\(schema)"))]))])
                        )
                    ])
                ))
        }
        return .object(fields)
    }

    /// The error response every operation with parameters may give.
    static let errors: [(String, JSONBody)] = [
        ("400", response("A parameter is not valid; the message names it", schema: "Error"))
    ]

    /// The request body of the operations that code documents: JSON, JSON Lines or plain text.
    static var documentBody: JSONBody {
        .object([
            ("required", .bool(true)),
            (
                "content",
                .object([
                    (
                        "application/json",
                        .object([("schema", .object([("$ref", .string("#/components/schemas/DocumentIn"))]))])
                    ),
                    (
                        "application/x-ndjson",
                        .object([
                            (
                                "schema",
                                .object([
                                    ("type", .string("string")),
                                    ("description", .string("JSON Lines, one DocumentIn a line"))
                                ])
                            )
                        ])
                    ),
                    (
                        "text/plain",
                        .object([
                            (
                                "schema",
                                .object([
                                    ("type", .string("string")),
                                    (
                                        "description",
                                        .string("One article; a first line `date YYYY-MM-DD` gives its date")
                                    )
                                ])
                            )
                        ])
                    )
                ])
            )
        ])
    }

    /// A path item with one operation; the fields keep the order the document has always listed them in.
    static func operation(
        _ method: String, _ summary: String, security: JSONBody? = nil, parameters: [JSONBody]? = nil,
        requestBody: JSONBody? = nil, responses: [(String, JSONBody)]
    ) -> JSONBody {
        var fields: [(String, JSONBody)] = [("summary", .string(summary))]
        if let security { fields.append(("security", security)) }
        if let parameters { fields.append(("parameters", .array(parameters))) }
        if let requestBody { fields.append(("requestBody", requestBody)) }
        fields.append(("responses", .object(responses)))
        return .object([(method, .object(fields))])
    }

    /// The document.
    static var json: JSONBody {
        .object([
            ("openapi", .string("3.0.3")),
            (
                "info",
                .object([
                    ("title", .string("Chancery")), ("version", .string("1.0.0")),
                    (
                        "description",
                        .string(
                            "Political events coded from news: who did what to whom, when, where, per whom, how sure.")
                    )
                ])
            ),
            ("paths", .object(readingPaths + codingPaths)),
            (
                "components",
                .object([
                    ("schemas", .object(schemas)),
                    (
                        "securitySchemes",
                        .object([("bearer", .object([("type", .string("http")), ("scheme", .string("bearer"))]))])
                    )
                ])
            )
        ])
    }

    /// The parameters of `GET /api/events`: the filters of `EventFilter`, paging and mentions.
    static var eventFilters: [JSONBody] {
        [
            query("country", "Source or target country, IGO or region code (RUS, IGOEU, EUR)"),
            query("counterpart", "With country: only events between the two, either way round (a dyad)"),
            query("scope", "domestic (source and target of one country) or international"),
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
            query("mentions", "true to include every mention of each event", enumValues: ["true", "false"])
        ]
    }

    /// The paths that read the store.
    static var readingPaths: [(String, JSONBody)] {
        [
            (
                "/api/events",
                operation(
                    "get", "Fused events matching the filters, one page", parameters: eventFilters,
                    responses: [("200", response("A page of events", schema: "EventPage"))] + errors)
            ),
            (
                "/api/events/{id}",
                operation(
                    "get", "One fused event with every mention", parameters: [pathID("Event id", type: "integer")],
                    responses: [
                        ("200", response("The event", schema: "Event")),
                        ("404", response("No such event", schema: "Error"))
                    ] + errors)
            ),
            (
                "/api/actors",
                operation(
                    "get", "Actors with event counts and the phrases they were found by",
                    parameters: [
                        query("limit", "Actors at most, 1 to 500 (default 100)", type: "integer"),
                        query("country", "Only this country, IGO or region code"),
                        query("discovered", "true for actors learned from the text only", enumValues: ["true", "false"])
                    ],
                    responses: [("200", response("Actors", schema: "ActorList"))] + errors)
            ),
            (
                "/api/documents/{id}",
                operation(
                    "get", "A stored document's text with the spans of its events' evidence and its actor mentions",
                    parameters: [pathID("Document id", type: "string")],
                    responses: [
                        ("200", response("The document", schema: "DocumentOut")),
                        ("404", response("No such document", schema: "Error"))
                    ])
            )
        ]
    }

    /// The paths that code documents, and this document's own.
    static var codingPaths: [(String, JSONBody)] {
        let date = query("date", "Publication date for documents without one", format: "date")
        let tooLarge = (
            "413", response("Body over --max-body (refused from its Content-Length before it is read)", schema: "Error")
        )
        let unavailable = (
            "503",
            response(
                "Coding passed the request's deadline (--deadline, 10 s) or found no free coding slot in time; retry "
                    + "with shorter documents", schema: "Error")
        )
        return [
            (
                "/api/code",
                operation(
                    "post", "Code documents and return their events; nothing is stored", parameters: [date],
                    requestBody: documentBody,
                    responses: [
                        ("200", response("Events as events.md records", schema: "Coded")), tooLarge, unavailable
                    ] + errors)
            ),
            (
                "/api/documents",
                operation(
                    "post", "Code and store documents (needs the server's bearer token)",
                    security: .array([.object([("bearer", .array([]))])]), parameters: [date],
                    requestBody: documentBody,
                    responses: [
                        ("201", response("What was stored", schema: "IngestResult")),
                        ("401", response("Missing or wrong token", schema: "Error")),
                        ("403", response("The server is read-only (started without a token)", schema: "Error")),
                        tooLarge, unavailable
                    ] + errors)
            ),
            ("/openapi.json", operation("get", "This document", responses: [("200", response("OpenAPI 3.0 document"))]))
        ]
    }

    /// An object schema whose properties have the given types.
    static func object(_ props: [(String, String)], required: [String] = []) -> JSONBody {
        var fields: [(String, JSONBody)] = [
            ("type", .string("object")),
            ("properties", .object(props.map { ($0.0, .object([("type", .string($0.1))])) }))
        ]
        if !required.isEmpty { fields.append(("required", .array(required.map(JSONBody.string)))) }
        return .object(fields)
    }

    /// The schemas the responses and request bodies refer to.
    static var schemas: [(String, JSONBody)] {
        [
            (
                "Error",
                .object([
                    ("type", .string("object")),
                    ("properties", .object([("error", object([("status", "integer"), ("message", "string")]))]))
                ])
            ),
            (
                "Event",
                object([
                    ("id", "integer"), ("doc", "string"), ("event", "string"), ("sentence", "integer"),
                    ("evidence", "object"),
                    ("source", "object"), ("target", "object"), ("cameo", "string"), ("root", "string"),
                    ("quad", "integer"),
                    ("plover", "string"), ("goldstein", "number"), ("date", "object"), ("location", "object"),
                    ("status", "string"),
                    ("attribution", "array"), ("quote", "string"), ("counts", "object"), ("first_report", "string"),
                    ("last_report", "string"), ("mentions", "array")
                ])
            ),
            (
                "EventPage",
                .object([
                    ("type", .string("object")),
                    (
                        "properties",
                        .object([
                            (
                                "events",
                                .object([
                                    ("type", .string("array")),
                                    ("items", .object([("$ref", .string("#/components/schemas/Event"))]))
                                ])
                            ),
                            ("count", .object([("type", .string("integer"))])),
                            ("next_cursor", .object([("type", .string("string")), ("nullable", .bool(true))]))
                        ])
                    )
                ])
            ),
            ("ActorList", object([("actors", "array"), ("count", "integer")])),
            (
                "DocumentIn",
                object(
                    [
                        ("id", "string"), ("date", "string"), ("title", "string"), ("text", "string"),
                        ("url", "string"),
                        ("source", "string")
                    ], required: ["text"])
            ),
            (
                "DocumentOut",
                object([
                    ("id", "string"), ("date", "string"), ("title", "string"), ("url", "string"), ("source", "string"),
                    ("ingested_at", "string"), ("text", "string"), ("events", "array"), ("actors", "array")
                ])
            ),
            ("Coded", object([("documents", "integer"), ("events", "array")])),
            (
                "IngestResult",
                object([("added", "integer"), ("replaced", "integer"), ("skipped", "integer"), ("mentions", "integer")])
            )
        ]
    }
}
