import ChanceryCore
import ChanceryStore
import Foundation
import Testing

@testable import ChanceryServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The analyst's desk: map, dyad view, downloads and watchlists (issue 21).
@Suite struct DeskTests {
    /// A form POST.
    func post(_ s: TestServer, _ path: String, _ form: String) async throws -> Answer {
        try await s.request(
            "POST", path, body: Data(form.utf8), headers: ["Content-Type": "application/x-www-form-urlencoded"])
    }

    @Test func mapShadesCountriesAndDrawsPlaces() async throws {
        #expect(WorldMap.loadProblem == nil && WorldMap.countries.count > 170)
        #expect(WorldMap.countries.contains { $0.code == "FRA" } && WorldMap.countries.contains { $0.code == "NOR" })
        try await TestServer.with { s in
            let map = try await s.get("/map")
            #expect(
                map.status == 200 && map.text.contains("data-country=\"RUS\"")
                    && map.text.contains("href=\"/?location=RUS\""))
            #expect(map.text.contains("class=\"place\"") && map.text.contains("Moscow"))
            #expect(
                map.text.contains("Events in the country:") && map.text.contains("material conflict")
                    && !map.text.contains("<script"))
            let none = try await s.get("/map?country=USA")
            #expect(
                none.status == 200 && !none.text.contains("data-country=") && none.text.contains("0 located events"))
            #expect(try await s.get("/map?root=99").status == 400)
        }
    }

    @Test func choroplethClassesRise() {
        #expect(WorldMap.classBounds(peak: 1) == [1, 1, 1, 1, 1])
        let b = WorldMap.classBounds(peak: 1000)
        #expect(b.last == 1000 && zip(b, b.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func dyadViewSplitsCooperationAndConflict() async throws {
        try await TestServer.with { s in
            for path in ["/dyads?a=FRA&b=RUS", "/dyads?a=rus&b=fra"] {
                let page = try await s.get(path)
                #expect(page.status == 200 && page.text.contains("1 event between"), "\(path)")
                #expect(page.text.contains("verbal cooperation event") && page.text.contains("/events/"))
            }
            #expect(try await s.get("/dyads?a=USA").status == 400)
            #expect(try await s.get("/dyads?a=FRA&b=RUS&since=soon").status == 400)
            let index = try await s.get("/")
            #expect(index.text.contains("/dyads?a=FRA&amp;b=RUS"))
            let event = try await s.get("/events/1")
            #expect(event.text.contains("/dyads?a=FRA&amp;b=RUS") || event.text.contains("/dyads?a=RUS&amp;b=FRA"))
        }
    }

    @Test func weeksStartOnMonday() throws {
        let wednesday = try #require(Day(iso: "2026-02-04"))
        let week = DyadChart.bucket(wednesday, monthly: false)
        #expect(week.start.description == "2026-02-02" && DyadChart.start(week.index, monthly: false) == week.start)
        let sunday = try #require(Day(iso: "2026-02-08"))
        #expect(DyadChart.bucket(sunday, monthly: false) == week)
        #expect(DyadChart.bucket(wednesday, monthly: true).start.description == "2026-02-01")
    }

    @Test func downloadsTheCurrentView() async throws {
        try await TestServer.with { s in
            let csv = try await s.get("/download?format=csv&country=RUS")
            #expect(csv.status == 200 && csv.headers["content-disposition"]?.contains("chancery-events.csv") == true)
            #expect(csv.text.split(separator: "\n").count == 2 && csv.text.hasPrefix("id,date,"))
            let gdelt = try await s.get("/download?format=gdelt")
            #expect(
                gdelt.text.split(separator: "\n").first?.split(separator: "\t", omittingEmptySubsequences: false).count
                    == 61)
            let jsonl = try await s.get("/download?format=jsonl&scope=domestic")
            #expect(jsonl.status == 200 && jsonl.text.isEmpty)
            #expect(try await s.get("/download?format=xml").status == 400)
        }
    }

    @Test func watchlistsShowWhatIsNew() async throws {
        try await TestServer.with { s in
            #expect(try await post(s, "/watch", "name=fra-rus&country=FRA&counterpart=RUS&token=wrong").status == 403)
            #expect(try await post(s, "/watch", "name=%3Cscript%3E&country=FRA&token=s3cret").status == 400)
            #expect(try await post(s, "/watch", "name=bad&root=99&token=s3cret").status == 400)
            let saved = try await post(s, "/watch", "name=fra-rus&country=FRA&counterpart=RUS&token=s3cret")
            #expect(saved.status == 200 && saved.text.contains("0 new since last opened"))
            let doc = Data(
                #"{"id": "outlet-c", "date": "2026-02-10", "text": "France condemned Russia on Monday."}"#.utf8)
            let ingest = try await s.request(
                "POST", "/api/documents", body: doc,
                headers: ["Content-Type": "application/json", "Authorization": "Bearer s3cret"])
            #expect(ingest.status == 201)
            let list = try await s.get("/watch")
            #expect(
                list.text.contains("<td class=\"new\">1</td>") && list.text.contains("country FRA · counterpart RUS"))
            let opened = try await s.get("/watch/fra-rus")
            #expect(opened.text.contains("1 new since last opened") && opened.text.contains("France"))
            #expect(try await s.get("/watch").text.contains("<td class=\"new\">0</td>"))
            let feed = try await s.get("/watch/fra-rus.atom")
            #expect(feed.status == 200 && feed.headers["content-type"]?.hasPrefix("application/atom+xml") == true)
            #expect(feed.text.components(separatedBy: "<entry>").count == 3 && feed.text.contains("http://127.0.0.1:"))
            #expect(try await s.get("/watch/nothing.atom").status == 404)
        }
        try await TestServer.with(token: nil) { s in
            let page = try await s.get("/watch")
            let refused = try await post(s, "/watch", "name=x&country=FRA&token=x")
            #expect(page.text.contains("read-only") && refused.status == 403)
        }
    }

    @Test func filtersStayInTheURLAndAreEscaped() async throws {
        try await TestServer.with { s in
            let page = try await s.get("/map?actor=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&scope=international")
            #expect(
                page.status == 200 && !page.text.contains("<script>alert")
                    && page.text.contains("&quot;&gt;&lt;script&gt;"))
            #expect(
                page.text.contains(
                    "/download?actor=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&amp;format=csv&amp;scope=international"
                ))
            #expect(page.text.contains("<option value=\"international\" selected>"))
            #expect(try await s.get("/?scope=sideways").status == 400)
            #expect(try await s.get("/?counterpart=RUS").status == 400)
        }
    }
}
