import Foundation
import Hummingbird
import NIOCore

/// An error answered as JSON `{"error": {"status": 400, "message": "..."}}` with its HTTP status.
public struct APIError: HTTPResponseError, CustomStringConvertible {
    /// HTTP status.
    public var status: HTTPResponse.Status
    /// What went wrong and what to do, for the caller.
    public var message: String
    /// Extra response headers (WWW-Authenticate for 401).
    public var headers: HTTPFields = [:]

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    /// The message.
    public var description: String { "\(status.code) \(message)" }

    /// The JSON error response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        let body = JSONBody.object([("error", .object([("status", .int(status.code)), ("message", .string(message))]))])
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body.serialized + "\n")))
    }
}

/// Turns errors that are not `APIError`s into JSON errors, so every failure is JSON with a message.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Answers the request, turning whatever it throws into an `APIError`.
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "request body too large")
        } catch let error as HTTPError {
            throw APIError(error.status, error.body ?? error.status.reasonPhrase)
        } catch {
            // The detail (SQL, paths, types) is for the operator's log, not for whoever sent the request.
            context.logger.error(
                "internal error answering \(request.method) \(request.uri.path)",
                metadata: ["error": "\(String(reflecting: error))"])
            throw APIError(
                .internalServerError, "internal error; the server log has the details under request id \(context.id)")
        }
    }
}
