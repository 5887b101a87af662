import Foundation
import PearlsCore

/// The bone-metastases deck that ships inside the binary, so `pearls` works with no files around.
///
/// The bytes are `Decks/bone-metastases` compiled; a test recompiles the source and compares, so the two never drift.
public enum DefaultDeck {
    /// The compiled deck JSON, as embedded at build time.
    public static var jsonBytes: [UInt8] { PackageResources.bone_metastases_json }

    /// The name shown for the built-in deck in messages.
    public static let displayName = "built-in deck 'bone-metastases'"

    /// Decodes the embedded deck.
    public static func load() throws(DeckFileError) -> Deck {
        try Deck.decode(Data(jsonBytes), fileName: displayName)
    }
}
