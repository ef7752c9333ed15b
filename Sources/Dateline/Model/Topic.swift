/// The fixed topic taxonomy (see the annotation guidelines).
public enum Topic: String, Sendable, Hashable, Codable, CaseIterable {
    /// Topics of the taxonomy; the annotation guidelines say what each covers.
    case cyber, nuclear, military, terrorism, sanctions, diplomacy, trade, economy
    /// Human rights, written `human_rights` in queries and results.
    case humanRights = "human_rights"
    /// Further topics of the taxonomy.
    case elections, energy, climate, health, migration
}
