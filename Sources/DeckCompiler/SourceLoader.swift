import Foundation

/// Reads the files and folders a user names into deck sources.
public enum SourceLoader {
    /// The sources under `paths`, in a stable order, and a deck id to fall back on (the first path's name).
    ///
    /// A folder contributes its deck sources (`.md`, `.markdown`, `.txt`, `.html`), recursively, sorted by path;
    /// other files in it are ignored. A file named directly is read whatever its extension.
    /// Provenance names are relative to the named path's parent, so they do not depend on the working directory.
    public static func load(paths: [String]) throws(SourceLoaderError) -> (sources: [DeckSource], fallbackID: String) {
        guard let firstPath = paths.first else { throw .noSources }
        var sources: [DeckSource] = []
        let files = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path: path) }
            let root = URL(fileURLWithPath: path).standardizedFileURL
            if isFolder.boolValue {
                let found = try deckFiles(in: root)
                guard !found.isEmpty else { throw .emptyFolder(path: path) }
                for file in found {
                    let relative = root.lastPathComponent + "/" + String(file.path.dropFirst(root.path.count + 1))
                    let kind = DeckSource.kind(ofFileNamed: file.lastPathComponent) ?? .markdown
                    sources.append(DeckSource(name: relative, kind: kind, bytes: try read(file, shownAs: path)))
                }
            } else {
                let kind = DeckSource.kind(ofFileNamed: root.lastPathComponent) ?? .markdown
                sources.append(DeckSource(name: root.lastPathComponent, kind: kind, bytes: try read(root, shownAs: path)))
            }
        }
        let name = URL(fileURLWithPath: firstPath).standardizedFileURL.deletingPathExtension().lastPathComponent
        return (sources, name)
    }

    private static func deckFiles(in folder: URL) throws(SourceLoaderError) -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw .unreadable(path: folder.path, reason: "cannot list the folder") }
        var found: [URL] = []
        for case let url as URL in walker where DeckSource.kind(ofFileNamed: url.lastPathComponent) != nil {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                found.append(url.standardizedFileURL)
            }
        }
        return found.sorted { $0.path.compare($1.path, options: .numeric) == .orderedAscending }
    }

    private static func name(of type: FileAttributeType) -> String {
        switch type {
        case .typeCharacterSpecial, .typeBlockSpecial: "device"
        case .typeSocket: "socket"
        case .typeDirectory: "folder"
        default: "special file"
        }
    }

    private static func read(_ url: URL, shownAs path: String) throws(SourceLoaderError) -> [UInt8] {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            // Foundation says "You don't have permission" of a device such as /dev/null: name what it is instead.
            let type = (try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path))?[.type] as? FileAttributeType
            if let type, type != .typeRegular {
                throw .unreadable(path: url.path, reason: "not a regular file but a \(Self.name(of: type))")
            }
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }
}

/// Why the files a user named could not be read.
public enum SourceLoaderError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSources
    case missing(path: String)
    case emptyFolder(path: String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .noSources: "no source files given"
        case .missing(let path): "\(path): no such file or folder"
        case .emptyFolder(let path): "\(path): the folder holds no deck sources (.md, .txt, .html)"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        }
    }
}
