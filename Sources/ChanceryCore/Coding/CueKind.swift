/// The kind of a status or attribution cue, as the second column of `cues.tsv` names it.
public enum CueKind: String, Sendable, CaseIterable {
    /// Introduces a source: "according to X", "citing X".
    case according
    /// Conditional, demanded or obligatory: the act is not done (hypothetical).
    case condition
    /// A party declines to confirm (unconfirmed).
    case decline
    /// A party denies the event took place (denied).
    case deny
    /// Future or intended (planned).
    case future
    /// Presented as unverified or second-hand (reported).
    case hedge
    /// The event did not take place (negated).
    case negation
    /// A reporting verb in base form, inflected by the engine: attribution, not an event.
    case report
}
