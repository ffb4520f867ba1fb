/// An organisation as the outputs show it (SPEC 3).
public struct Organisation: Sendable, Equatable {
    public var key: String
    public var displayName: String
    public var sector: Sector
    public var municipality: Municipality
    /// Its number is a personal identity number: shown only as `Enskild firma N` (R31).
    public var isSoleTrader: Bool
    public var inRegister: Bool
}
