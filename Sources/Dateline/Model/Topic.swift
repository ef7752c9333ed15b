/// The fixed topic taxonomy (see the annotation guidelines).
public enum Topic: String, Sendable, Hashable, Codable, CaseIterable {
    case cyber, nuclear, military, terrorism, sanctions, diplomacy, trade, economy
    case humanRights = "human_rights"
    case elections, energy, climate, health, migration
}
