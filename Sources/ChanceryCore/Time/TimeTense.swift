/// The tense of the clause a time expression stands in, read off the forms of its verbs: a future auxiliary, modal or
/// plan ("will meet on Tuesday", "said it would meet", "plans to"), a past form ("told", "reported", "had"), a perfect
/// ("has met"). The tense-bearing word nearest before the time in its sentence decides; a time that opens its clause
/// ("In January, the company brought in …", "On Tuesday, the league plans to …") takes the first one after it.
/// TIMEX3 resolves a bare weekday, month or month-day by this tense: past, the latest one; future, the next.
extension TimeTagger.Context {
    /// How many tokens on either side of a time its clause's verb is looked for.
    private var reach: Int { 15 }

    /// Whether the clause around token `i` looks forward (a plan in the present progressive does).
    func isFuture(_ i: Int) -> Bool {
        let t = tense(i)
        return t == .future || t == .present
    }

    /// The tense the clause around token `i` shows: future or past by a verb form or cue, else unknown.
    func tense(_ i: Int) -> TimeTagger.Tense {
        // A deadline ("extended to Nov. 20", "repatriate the child by Jan. 14") may be ahead or just past, and a date
        // that modifies a noun ("the Aug. 7 blasts", "a June agreement") is not the time of its clause's verb: the
        // nearest reading serves both.
        if word(i - 1, in: words.determiners) { return .unknown }
        // "since Jan. 13" is past whatever the clause.
        if word(i - 1, in: words.pastOpeners) { return .past }
        let tense = tenseBefore(i) ?? tenseAfter(i) ?? scheduledPresent(i) ?? .unknown
        return isDeadline(i) && tense == .past ? .unknown : tense
    }

    /// The tense the nearest tense-bearing word before `i` in its clause shows, nil when there is none. A regular
    /// "-ed" form may be an adjective ("preferred shares"): an auxiliary, modal or irregular form further back in
    /// the clause ("will redeem 9.5 million preferred shares on Oct. 31") outweighs it.
    private func tenseBefore(_ i: Int) -> TimeTagger.Tense? {
        var weak: TimeTagger.Tense? = nil
        var k = i - 1
        while k >= range.lowerBound, k >= i - reach {
            let n = tokens[k].norm
            if n == "." || n == ";" { break }
            // ", and on Thursday will meet", "that your Oct. 23 item recognized": the clause the time is in opens
            // here, and its verbs follow the time.
            if words.coordinators.contains(tokens[k]), norm(k - 1) == "," { break }
            if words.clauseOpeners.contains(tokens[k]) { break }
            if isSchedule(k) { return .future }
            // Right before the time ("announced Wednesday", "ended on Jan. 31") an "-ed" form is its verb.
            if isRegularPastForm(k), k < i - 2 {
                if weak == nil { weak = tenseOfParticiple(k) }
            } else if let tense = tenseMarked(at: k, time: i) {
                return tense
            }
            k -= 1
        }
        return weak
    }

    /// "Arafat and Netanyahu meet separately Monday", "they leave Friday": a bare present verb after its subject (a
    /// name or a pronoun), right before the time or an adverb before it, is a schedule in news and looks forward.
    private func scheduledPresent(_ i: Int) -> TimeTagger.Tense? {
        var k = i - 1
        if norm(k).hasSuffix("ly") { k -= 1 }
        guard k - 1 >= range.lowerBound, word(k, in: words.infinitiveVerbs), !tokens[k].isCapitalized else { return nil }
        let subject = tokens[k - 1]
        guard words.nominativePronouns.contains(subject) || subject.kind == .word && subject.isCapitalized && k - 1 > range.lowerBound
        else { return nil }
        return .future
    }

    /// The tense the first tense-bearing word after `i` in its sentence shows, for a time that opens its clause.
    private func tenseAfter(_ i: Int) -> TimeTagger.Tense? {
        var k = i + 1
        while k < range.upperBound, k <= i + reach {
            let n = tokens[k].norm
            if n == "." || n == ";" { return nil }
            if isSchedule(k) { return .future }
            // "On Friday, the government planned to pay": the clause's own verb is past, whatever it planned.
            if isPastForm(k) || endsInEd(k), let tense = tenseOfParticiple(k) { return tense }
            if let tense = tenseMarked(at: k, time: i) { return tense }
            k += 1
        }
        return nil
    }

    /// What token `k` says of the tense of the clause of the time at `i`; nil when it is no verb form that shows one.
    private func tenseMarked(at k: Int, time i: Int) -> TimeTagger.Tense? {
        let token = tokens[k]
        if words.futureCues.contains(token) || token.norm == "to" && word(k - 1, in: words.futureToHeads) {
            // "had been scheduled to expire at midnight Friday", "as previously planned Saturday night": an overtaken
            // plan's time may be past or ahead.
            if isOvertakenPlan(token.norm == "to" ? k - 1 : k) { return .unknown }
        }
        if words.futureCues.contains(token) {
            // "will stay until Friday" looks forward; "Until Thursday, they had not …" back.
            return !words.untilWords.contains(token) || !pastAfter(i) ? .future : .past
        }
        // "as soon as Tuesday", "as early as next week".
        if token.norm == "as", word(k - 1, in: words.asAsWords), norm(k - 2) == "as" { return .future }
        if token.norm == "to", word(k - 1, in: words.futureToHeads) {
            // "due to its loss" gives a cause, "is due to open" a plan.
            if norm(k - 1) != "due" || word(k - 2, in: words.dueBeForms) { return .future }
        }
        // "decided to admit Poland in March" looks forward; "failed to pay on Tuesday" and "had decided to" back.
        if token.norm == "to", word(k + 1, in: words.infinitiveVerbs), !tokens[k + 1].isCapitalized, isPastForm(k - 1) {
            return word(k - 1, in: words.implicativeHeads) || isPastPerfect(k - 1) ? .past : .future
        }
        if isModal(k) { return norm(k + 1) == "have" ? .past : .future }
        // "is calling for the redemption on Dec. 7", "are meeting Friday": the present progressive, of plans.
        if words.presentBeForms.contains(token), norm(k + 1).hasSuffix("ing"), k < i { return .present }
        guard words.pastCues.contains(token) || isPastForm(k) else { return nil }
        return tenseOfParticiple(k)
    }

    /// The tense a past form at `k` gives, by the auxiliary before it: "will be held" and "to be completed" look
    /// forward, "is based" is present (nil), "the proposed merger" is no verb (nil); "was held", "has met" and a
    /// bare "met" look back.
    private func tenseOfParticiple(_ k: Int) -> TimeTagger.Tense? {
        var j = auxiliary(before: k)
        // "would have met", "is believed to have died" look back; "will be held", "to be completed" forward.
        let perfect = norm(j) == "have"
        if word(j, in: words.bareAuxiliaries) { j = auxiliary(before: j) }
        if word(j, in: words.futureCues) { return .future }
        if isModal(j) || norm(j) == "to" { return perfect ? .past : .future }
        if word(j, in: words.presentBeForms) || word(j, in: words.determiners) { return nil }
        return .past
    }

    /// Whether token `k` states a schedule in the present: "figures are due", "talks are set", "a decision is
    /// expected", "the vote is slated" (`time-schedule-words.txt` after a present form of "be").
    private func isSchedule(_ k: Int) -> Bool {
        word(k, in: words.scheduleWords) && word(auxiliary(before: k), in: words.presentBeForms)
    }

    /// The token before `k`, past any adverbs between an auxiliary and its verb ("has also met").
    private func auxiliary(before k: Int) -> Int {
        var j = k - 1
        while j > range.lowerBound, j > k - 4, word(j, in: words.verbAdverbs) { j -= 1 }
        return j
    }

    /// Whether a deadline word stands right before the time at `i` ("extended to Nov. 20", "payable Dec. 7"); "to"
    /// ends a range instead after "from" or "between" ("from Monday to Friday"), or a period's unit ("in the three
    /// months to June", "the year to March"), where the clause's tense holds.
    func isDeadline(_ i: Int) -> Bool {
        guard word(i - 1, in: words.deadlineWords) else { return false }
        guard norm(i - 1) == "to" else { return true }
        if value(words.units, i - 2) != nil { return false }
        return !(max(range.lowerBound, i - 8)..<(i - 1)).contains { norm($0) == "from" || norm($0) == "between" }
    }

    /// Whether the plan word at `k` is in the past perfect ("had been scheduled", "had planned") or follows an adverb
    /// that says the plan was overtaken ("previously planned", "originally scheduled").
    private func isOvertakenPlan(_ k: Int) -> Bool {
        isPastPerfect(k) || Range.window(k - 3, k).contains { word($0, in: words.supersededPlanWords) }
    }

    /// Whether the verb at `k` is in the past perfect ("had decided", "had been allowed").
    private func isPastPerfect(_ k: Int) -> Bool {
        var j = auxiliary(before: k)
        if word(j, in: words.bareAuxiliaries) { j = auxiliary(before: j) }
        return norm(j) == "had"
    }

    /// Whether token `k` is a modal ("would", "could"; "may" in lower case, not the month).
    private func isModal(_ k: Int) -> Bool {
        word(k, in: words.modals) && (tokens[k].norm != "may" || !tokens[k].isCapitalized)
    }

    /// Whether token `k` is a past form: an irregular one ("told", "taken") or a lower-case word in "-ed" that is
    /// seldom anything else ("reported", not "hundred" or "interested").
    private func isPastForm(_ k: Int) -> Bool {
        isLowerCaseWord(k) && (words.pastForms.contains(tokens[k]) || isRegularPastForm(k))
    }

    /// Whether token `k` is a lower-case word in "-ed" that is seldom anything but a past form, and on no other list
    /// the tense is read from ("planned" is a future cue before a time, "held" a past cue).
    private func isRegularPastForm(_ k: Int) -> Bool {
        endsInEd(k) && !words.pastForms.contains(tokens[k]) && !words.futureCues.contains(tokens[k])
            && !words.pastCues.contains(tokens[k])
    }

    /// Whether token `k` is a lower-case word of four letters or more in "-ed" that is seldom anything but a verb.
    private func endsInEd(_ k: Int) -> Bool {
        guard isLowerCaseWord(k) else { return false }
        let u = tokens[k].norm.utf8
        return u.count >= 4 && u.last == 0x64 && u.dropLast().last == 0x65 && !words.edNonVerbs.contains(tokens[k])
    }

    /// Whether token `k` lies in the sentence and is a word in lower case, as a verb form there is.
    private func isLowerCaseWord(_ k: Int) -> Bool {
        range.contains(k) && tokens[k].kind == .word && !tokens[k].isCapitalized
    }

    /// "Until Thursday, they had not …": a past cue after `i` in its sentence.
    private func pastAfter(_ i: Int) -> Bool {
        var k = i + 1
        while k < range.upperBound, k <= i + 10 {
            let n = tokens[k].norm
            if n == "." || n == ";" { return false }
            if words.pastCues.contains(tokens[k]) { return true }
            k += 1
        }
        return false
    }
}
