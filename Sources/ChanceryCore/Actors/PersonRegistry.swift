/// People met so far in a document, by full name and surname.
///
/// Each name string is tokenized once per document into a `Form` holding the ids of the keys it is filed and
/// looked up under, so a look-up hashes the name once and then reads arrays by id: rebuilding and rehashing a
/// name's keys at every look-up cost more than the rest of resolving it.
struct PersonRegistry {
    /// A name as written, its words and the ids (in `keys`) of the keys it is filed and looked up under.
    private struct Form: TableEntry {
        /// The name.
        var text: String
        /// `PhraseKey.of(name).norms`.
        var norms: [String]
        /// The words joined by single spaces (norms never contain a space, so the joined form is equal exactly
        /// when the words are); -1 for a name without words.
        var full: Int32 = -1
        /// The last word (the surname); -1 for a name without words.
        var last: Int32 = -1
        /// `full` without a leading honorific: "Lady Ashton" and "Sir Keir" are looked up as "Ashton" and "Keir".
        var plain: Int32 = -1
        /// Word count and first word of `plain`.
        var plainCount = 0, plainFirst: String? = nil
    }

    /// A normalised name or surname, with the latest person (an index in `order`) filed under each, or -1.
    private struct Key: TableEntry {
        /// The name or surname.
        var text: String
        var byName: Int32 = -1, bySurname: Int32 = -1
    }

    /// Name strings met.
    private var forms = StringTable<Form>()
    private var keys = StringTable<Key>()
    /// A person learned, with its title lowercased once and the form of its name. A struct, not a tuple: an
    /// array of tuples holding references copies and destroys them through the runtime's generic tuple witnesses.
    private struct Learned {
        var person: Mention
        /// The title lowercased, made by the first look-up by title that reaches the person (nil until then):
        /// most people learned are never looked up by title, and lowercasing every title cost more than learning.
        var title: String?
        var form: Int32
    }

    /// People in the order learned.
    private var order: [Learned] = []
    /// Indices in `order` of the people `person(country:title:)` may return, latest last. A person learned again
    /// under the same name form, country and title replaces its earlier entry, which the search, reading from the
    /// latest, could never reach first: without this a document naming the same people over and over made every
    /// look-up by title read every mention before it (quadratic in the length of a long line).
    private var recent: [Int32] = []

    /// The id of a name key, added when new.
    private mutating func key(_ text: String) -> Int32 {
        let hash = WordKey(text).bits
        if let id = keys.index(of: text, hash: hash) { return Int32(id) }
        return Int32(keys.add(Key(text: text), hash: hash))
    }

    /// The form of a name (an index for `lookup`, `learn` and `norms`), tokenized once per document.
    mutating func form(_ name: String) -> Int {
        let hash = WordKey(name).bits
        if let id = forms.index(of: name, hash: hash) { return id }
        let norms = PhraseKey.of(name).norms
        var form = Form(text: name, norms: norms)
        if norms.isEmpty {
            form.plain = key("")  // as the joined form of no words: looking such a name up reads the key ""
        } else {
            form.full = key(norms.count == 1 ? norms[0] : PersonRegistry.joined(norms[...]))
            form.last = norms.count == 1 ? form.full : key(norms[norms.count - 1])
            if norms.count > 1, honorifics.contains(norms[0]) {
                form.plain = norms.count == 2 ? form.last : key(PersonRegistry.joined(norms[1...]))
                form.plainCount = norms.count - 1
                form.plainFirst = norms[1]
            } else {
                form.plain = form.full
                form.plainCount = norms.count
                form.plainFirst = norms[0]
            }
        }
        return forms.add(form, hash: hash)
    }

    /// The phrase key of a name's form (`PhraseKey.of(name).norms`).
    func norms(_ form: Int) -> [String] { forms.entries[form].norms }

    /// Records a person whose country is known; `form` is the form of its actor.
    mutating func learn(_ m: Mention, form: Int) {
        let count = forms.entries[form].norms.count
        guard count > 0 else { return }
        let person = Int32(order.count)
        let previous = keys.entries[Int(forms.entries[form].full)].byName
        if previous >= 0, isSameEntry(order[Int(previous)], m, form: form), let at = recent.lastIndex(of: previous) {
            recent.remove(at: at)
        }
        order.append(Learned(person: m, title: nil, form: Int32(form)))
        recent.append(person)
        keys.entries[Int(forms.entries[form].full)].byName = person
        if count > 1 {
            keys.entries[Int(forms.entries[form].last)].bySurname = person
            // "Kim Jong Un" is later "Kim", "Xi Jinping" "Xi": the family name comes first.
            if PersonRegistry.familyNameFirst.contains(m.country) {
                let first = key(forms.entries[form].norms[0])
                keys.entries[Int(first)].bySurname = person
            }
        }
    }

    /// Whether `learned` is `m` again for every look-up: the same name form, country and title.
    private func isSameEntry(_ learned: Learned, _ m: Mention, form: Int) -> Bool {
        learned.form == Int32(form) && learned.person.country == m.country && learned.person.title == m.title
    }

    /// `ActorLexicon.familyNameFirst`, tested by `WordKey` rather than SipHash.
    static let familyNameFirst = WordSet(ActorLexicon.familyNameFirst)

    /// Words before a name that are not a first name (`honorifics.txt`).
    let honorifics: WordSet

    /// An empty registry that drops `honorifics` from names it files.
    init(honorifics: WordSet = StageWords.standard.actors.honorifics) { self.honorifics = honorifics }

    /// `lookup` of a one-word name whose phrase key is `[norm]`, without making its form: such a name is filed and
    /// looked up under that word alone (an honorific is dropped only from longer names).
    func lookup(norm: String, key: WordKey) -> Mention? {
        guard let id = keys.index(of: norm, hash: key.bits) else { return nil }
        let (named, surnamed) = (keys.entries[id].byName, keys.entries[id].bySurname)
        if named >= 0 { return order[Int(named)].person }
        return surnamed >= 0 ? order[Int(surnamed)].person : nil
    }

    /// The phrase key's one word of a name written in ASCII letters alone (`PhraseKey.of(name).norms`, which is
    /// then the name lowercased, made as the tokenizer makes it), and its key; nil for any other name.
    static func oneWordNorm(_ name: String) -> (norm: String, key: WordKey)? {
        var name = name
        let small = SmallASCII.layoutMatches
        return name.withUTF8 { b in
            guard !b.isEmpty, b.allSatisfy({ ByteClass.isLetter($0) }) else { return nil }
            return ByteClass.normalizeKeyed(b, 0, b.count, ascii: true, small: small)
        }
    }

    /// A known person by full name or surname; `form` is the form of the name.
    func lookup(_ form: Int) -> Mention? {
        let plain = Int(forms.entries[form].plain)
        guard plain >= 0 else { return nil }
        let named = keys.entries[plain].byName
        if named >= 0 { return order[Int(named)].person }
        let last = Int(forms.entries[form].last)
        guard last >= 0 else { return nil }
        let surnamed = keys.entries[last].bySurname
        guard surnamed >= 0 else { return nil }
        // "Emmanuel Bonne" vs "Bonne": a surname alone, or a full name whose surname matches and first name agrees.
        let known = Int(order[Int(surnamed)].form)
        if forms.entries[form].plainCount == 1 || forms.entries[known].norms.first == forms.entries[form].plainFirst {
            return order[Int(surnamed)].person
        }
        return nil
    }

    /// The latest person of a country (any country when nil) whose title shares a word with `title`.
    /// Mutating: it lowercases the titles it reads, once per person.
    mutating func person(country: String?, title: String?) -> Mention? {
        let wanted = title.map(PersonRegistry.lowercased)
        var r = recent.count - 1
        while r >= 0 {
            let k = Int(recent[r])
            r -= 1
            if country == nil || order[k].person.country == country {
                guard let wanted else { return order[k].person }
                if order[k].title == nil { order[k].title = PersonRegistry.lowercased(order[k].person.title) }
                let have = order[k].title!
                if PersonRegistry.contains(have, wanted) || PersonRegistry.contains(wanted, have) && !have.isEmpty {
                    return order[k].person
                }
            }
        }
        return nil
    }

    /// Words joined by single spaces, built in one buffer (`joined(separator:)` cost more than the look-up it keyed).
    static func joined(_ words: ArraySlice<String>) -> String {
        guard !words.isEmpty else { return "" }
        let count = words.reduce(words.count - 1) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: count) { out in
            var at = 0
            for (k, var word) in zip(words.indices, words) {
                if k > words.startIndex {
                    out[at] = 0x20
                    at += 1
                }
                at = word.withUTF8 { w in out[at..<(at + w.count)].initialize(from: w).1 }
            }
            return at
        }
    }

    /// `text.lowercased()`, without the Unicode case tables when `text` is ASCII (titles are): lowercased as the
    /// tokenizer lowercases ASCII words, short ones straight into a small string.
    static func lowercased(_ text: String) -> String {
        var text = text
        let small = SmallASCII.layoutMatches
        // nil: no change; "": not ASCII.
        let lowered: String? = text.withUTF8 { b in
            guard let first = b.firstIndex(where: { $0 &- 0x41 < 26 || $0 >= 0x80 }) else { return nil }
            if b[first...].contains(where: { $0 >= 0x80 }) { return "" }
            return ByteClass.normalizeKeyed(b, 0, b.count, ascii: true, small: small).norm
        }
        guard let lowered else { return text }
        return lowered.isEmpty ? text.lowercased() : lowered
    }

    /// `text.capitalized` as Foundation answers it, computed by bytes when `text` is only ASCII letters and
    /// spaces: a letter after a letter is lowercased, any other uppercased. Foundation's cost more than all the
    /// rest of resolving the title.
    static func capitalized(_ text: String) -> String {
        var text = text
        let bytes: String? = text.withUTF8 { b in
            guard !b.contains(where: { $0 != 0x20 && !($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }) else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                for k in b.indices {
                    out[k] = b[k] == 0x20 ? b[k] : k == 0 || b[k - 1] == 0x20 ? b[k] & ~0x20 : b[k] | 0x20
                }
                return b.count
            }
        }
        return bytes ?? text.capitalized
    }

    /// `haystack.contains(needle)` as Foundation answers it (an empty needle is in nothing), compared by bytes
    /// when both are ASCII: Foundation's search goes through NSString and cost more than the rest of the look-up.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var (h, n) = (haystack, needle)
        let bytes: Bool? = h.withUTF8 { h in
            n.withUTF8 { n in
                guard !h.contains(where: { $0 >= 0x80 }), !n.contains(where: { $0 >= 0x80 }) else { return nil }
                guard !n.isEmpty, n.count <= h.count else { return false }
                for start in 0...(h.count - n.count) where h[start] == n[0] {
                    var k = 1
                    while k < n.count, h[start + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                return false
            }
        }
        return bytes ?? haystack.contains(needle)
    }
}

/// An entry of a `StringTable`, found by its text.
private protocol TableEntry {
    /// The text the entry is found by.
    var text: String { get }
}

/// A slot of a `StringTable`: a text's hash next to its index + 1; 0 is an empty slot, so new slots are zeroed
/// memory. Outside the generic table, so its arrays need no type metadata made at run time.
private struct StringTableSlot {
    var hash: UInt64 = 0
    var next: Int32 = 0
}

/// Entries numbered in the order added, found by their text's `WordKey` hash, which the caller computes: the
/// registry's tables.
///
/// Unlike `WordMap` it hands back indexes, so one hash of a name serves every look-up filed by that name, and it
/// allocates nothing until the first entry (most documents learn few people).
private struct StringTable<Entry: TableEntry> {
    private typealias Slot = StringTableSlot
    private var slots: [Slot] = []
    /// The entries, in the order added.
    var entries: [Entry] = []

    /// The index of the entry for `text` (whose `WordKey` is `hash`), if added.
    func index(of text: String, hash: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while slots[s].next > 0 {
            if slots[s].hash == hash, entries[Int(slots[s].next) - 1].text == text { return Int(slots[s].next) - 1 }
            s = (s + 1) & mask
        }
        return nil
    }

    /// Adds an entry whose text is not yet in the table (its `WordKey` is `hash`) and returns its index.
    mutating func add(_ entry: consuming Entry, hash: UInt64) -> Int {
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(entry)
        place(hash, Int32(entries.count))
        return entries.count - 1
    }

    /// Files entry `next` (index + 1) in the first free slot from its hash's.
    private mutating func place(_ hash: UInt64, _ next: Int32) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while slots[s].next > 0 { s = (s + 1) & mask }
        slots[s] = Slot(hash: hash, next: next)
    }

    /// Doubles the slots (32 at first), keeping the table at most half full, and files the entries again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: max(32, slots.count * 2))
        entries.reserveCapacity(slots.count / 2)
        for slot in old where slot.next > 0 { place(slot.hash, slot.next) }
    }
}
