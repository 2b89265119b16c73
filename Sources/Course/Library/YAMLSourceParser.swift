import Yams

/// YAML (manifests, front matter) parsed into positioned `SourceNode`s.
public enum YAMLSourceParser {
    /// `lineOffset` shifts reported lines, for YAML that starts inside a file
    /// (front matter starts on line 2).
    public static func parse(_ text: String, lineOffset: Int = 0) throws(SourceParseError) -> SourceNode {
        let root: Node?
        do {
            // The basic resolver tags no scalar: Yams' default one matches every plain
            // scalar against seven regular expressions (ICU), most of the cost of a
            // start. `convert` types plain scalars itself, as the default rules would.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw describe(error, lineOffset: lineOffset)
        } catch {
            throw SourceParseError("\(error)", at: SourcePosition(line: 1 + lineOffset, column: 1))
        }
        guard let root else { return SourceNode(.object([]), at: SourcePosition(line: 1 + lineOffset, column: 1)) }
        return convert(root, lineOffset: lineOffset)
    }

    private static func position(_ mark: Mark?, lineOffset: Int) -> SourcePosition {
        SourcePosition(line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node, lineOffset: Int) -> SourceNode {
        let at = position(node.mark, lineOffset: lineOffset)
        switch node {
        case .scalar(let scalar):
            // Plain scalars resolve to null/bool/number; quoted ones stay strings.
            if scalar.style == .plain {
                if node.null != nil { return SourceNode(.null, at: at) }
                if let b = boolean(scalar.string) { return SourceNode(.bool(b), at: at) }
                if mayBeNumber(scalar.string), node.int != nil || node.float != nil, let x = node.float {
                    return SourceNode(.number(x), at: at)
                }
            }
            return SourceNode(.string(scalar.string), at: at)
        case .sequence(let sequence):
            return SourceNode(.array(sequence.map { convert($0, lineOffset: lineOffset) }), at: at)
        case .mapping(let mapping):
            let members = mapping.map { pair in
                (key: pair.key.string ?? "", keyPosition: position(pair.key.mark, lineOffset: lineOffset),
                 value: convert(pair.value, lineOffset: lineOffset))
            }
            return SourceNode(.object(members), at: at)
        case .alias:
            return SourceNode(.null, at: at)
        }
    }

    /// YAML 1.1 booleans, spelled as Yams' default resolver accepts them.
    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// Every YAML number starts with a digit, a sign or a dot (`.5`, `.inf`); text
    /// (most scalars) skips Yams' number parsing, which goes through Foundation.
    static func mayBeNumber(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return (0x30...0x39).contains(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
    }

    private static func describe(_ error: YamlError, lineOffset: Int) -> SourceParseError {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return SourceParseError("invalid YAML: \(text)", at: position(mark, lineOffset: lineOffset))
        case let .duplicatedKeysInMapping(duplicates, context):
            return SourceParseError("duplicate key '\(duplicates.joined(separator: "', '"))' (\(context.text))",
                                    at: position(context.mark, lineOffset: lineOffset))
        default:
            return SourceParseError("invalid YAML: \(error)", at: SourcePosition(line: 1 + lineOffset, column: 1))
        }
    }
}
