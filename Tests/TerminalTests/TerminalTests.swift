#if canImport(Glibc)
import Glibc
#endif
import Terminal
import Testing

struct TextLayoutTests {
    @Test(arguments: [("short", 10, "short"), ("exactly10!", 10, "exactly10!"), ("longer than ten", 10, "longer th…"),
                      ("ab", 1, "a")])
    func truncatesWithAnEllipsis(text: String, width: Int, expected: String) {
        #expect(text.truncated(to: width) == expected)
    }

    @Test func padsWithoutCutting() {
        #expect("ab".padded(to: 4) == "ab  ")
        #expect("abcdef".padded(to: 4) == "abcdef")
    }

    @Test func wrapsAtSpacesAndGivesALongWordItsOwnLine() {
        #expect("the spine is the most common site".wrapped(to: 12) == ["the spine is", "the most", "common site"])
        #expect("a zoledronicacid b".wrapped(to: 5) == ["a", "zoledronicacid", "b"])
        #expect("".wrapped(to: 5) == [""])
    }
}

struct StyleTests {
    @Test func disabledStylesWriteNoEscapeBytes() {
        let style = Style(isEnabled: false)
        #expect(style.bold("x") + style.red("y") + style.green("z") + style.dim("w") == "xyzw")
    }

    @Test func enabledStylesWrapAndReset() {
        #expect(Style(isEnabled: true).red("no") == "\u{1B}[31mno\u{1B}[0m")
    }
}

struct TerminalInfoTests {
    // Standard input of `swift test` is not a terminal here, but the descriptor below is a pipe in every case.
    static func pipeDescriptor() -> Int32 {
        var fds: [Int32] = [0, 0]
        return pipe(&fds) == 0 ? fds[1] : -1
    }

    @Test func aPipeGetsNoColourAndTheWidthFromCOLUMNS() {
        let info = TerminalInfo.current(fileDescriptor: Self.pipeDescriptor(), environment: ["COLUMNS": "132", "LANG": "en_US.UTF-8"])
        #expect(info == TerminalInfo(isTerminal: false, width: 132, usesColor: false, isUnicode: true))
    }

    @Test func aPlainLocaleIsNotUnicodeAndTheWidthDefaultsTo80() {
        let info = TerminalInfo.current(fileDescriptor: Self.pipeDescriptor(), environment: ["LANG": "C"])
        #expect(info.width == 80)
        #expect(!info.isUnicode)
    }

    @Test func linksGNUReadline() {
        let version = Readline.libraryVersion
        #expect(version.first?.isNumber == true, "readline version '\(version)'")
    }
}
