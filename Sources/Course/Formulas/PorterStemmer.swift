/// The Porter stemmer as nltk 3.10.4's `PorterStemmer()` runs it (mode
/// `NLTK_EXTENSIONS`, the one rouge-score uses): Porter's 1980 algorithm with
/// Martin Porter's later changes and NLTK's own (irregular forms, `ies`/`ied`
/// on four-letter words, `alli` first, `fulli`, `logi`, a stricter `y` → `i`).
/// Words are handled as code points, like Python strings.
public enum PorterStemmer {
    /// The stem of one word (lowercased first, as `stem(word)` does by default).
    public static func stem(_ word: String) -> String {
        let original = Array(word.unicodeScalars)
        var w = Word(PythonText.lowercased(original).map(\.value))
        if let irregular = irregularForms[w.letters] { return irregular }
        // Words of one or two letters are not stemmed (not in the paper).
        if original.count <= 2 { return w.string }
        w = step1a(w)
        w = step1b(w)
        w = step1c(w)
        w = step2(w)
        w = step3(w)
        w = step4(w)
        w = step5a(w)
        w = step5b(w)
        return w.string
    }

    /// NLTK's table of irregular forms (form → stem).
    private static let irregularForms: [[UInt32]: String] = {
        let stems: [(String, [String])] = [
            ("sky", ["sky", "skies"]), ("die", ["dying"]), ("lie", ["lying"]), ("tie", ["tying"]),
            ("news", ["news"]), ("inning", ["innings", "inning"]), ("outing", ["outings", "outing"]),
            ("canning", ["cannings", "canning"]), ("howe", ["howe"]), ("proceed", ["proceed"]),
            ("exceed", ["exceed"]), ("succeed", ["succeed"]),
        ]
        var table: [[UInt32]: String] = [:]
        for (stem, forms) in stems {
            for form in forms { table[form.unicodeScalars.map(\.value)] = stem }
        }
        return table
    }()

    // MARK: steps

    /// 1a: sses → ss, ies → i, ss → ss, s → ''; NLTK: four-letter `ies` → `ie`.
    static func step1a(_ w: Word) -> Word {
        if w.endsWith("ies") && w.count == 4 { return w.replacingSuffix(3, with: "ie") }
        return w.applyingFirstRule([
            Rule("sses", "ss"), Rule("ies", "i"), Rule("ss", "ss"), Rule("s", ""),
        ])
    }

    /// 1b: (m>0) eed → ee; (*v*) ed, ing → '' then at/bl/iz → +e, undouble, or +e.
    static func step1b(_ w: Word) -> Word {
        if w.endsWith("ied") { return w.replacingSuffix(3, with: w.count == 4 ? "ie" : "i") }
        if w.endsWith("eed") {
            let stem = w.droppingLast(3)
            return stem.measure > 0 ? stem.appending("ee") : w
        }
        var intermediate: Word? = nil
        for suffix in ["ed", "ing"] where w.endsWith(suffix) {
            let candidate = w.droppingLast(suffix.utf8.count)
            if candidate.containsVowel {
                intermediate = candidate
                break
            }
        }
        guard let stem = intermediate, let last = stem.letters.last else { return w }
        return stem.applyingFirstRule([
            Rule("at", "ate"), Rule("bl", "ble"), Rule("iz", "ize"),
            Rule(doubleConsonantReplacement: [last]) { _ in !Word.isOneOf(last, "lsz") },
            Rule("", "e") { s in s.measure == 1 && s.endsCVC },
        ])
    }

    /// 1c (NLTK): y → i after a consonant that is not the first letter.
    static func step1c(_ w: Word) -> Word {
        w.applyingFirstRule([
            Rule("y", "i") { s in s.count > 1 && s.isConsonant(s.count - 1) }
        ])
    }

    /// 2: (m>0) ational → ate, tional → tion, …; NLTK tries `alli` first.
    static func step2(_ w: Word) -> Word {
        if w.endsWith("alli") && w.droppingLast(4).measure > 0 {
            return step2(w.replacingSuffix(4, with: "al"))
        }
        let positive: (Word) -> Bool = { $0.measure > 0 }
        let pairs: [(String, String)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
            ("fulli", "ful"),
        ]
        var rules = pairs.map { Rule($0.0, $0.1, positive) }
        // The 'l' of 'logi' stays with the stem, so 'geo' and 'theo' count like 'archaeo'.
        rules.append(Rule("logi", "log") { _ in w.droppingLast(3).measure > 0 })
        return w.applyingFirstRule(rules)
    }

    /// 3: (m>0) icate → ic, ative → '', alize → al, iciti → ic, ical → ic, ful → '', ness → ''.
    static func step3(_ w: Word) -> Word {
        let positive: (Word) -> Bool = { $0.measure > 0 }
        return w.applyingFirstRule([
            Rule("icate", "ic", positive), Rule("ative", "", positive), Rule("alize", "al", positive),
            Rule("iciti", "ic", positive), Rule("ical", "ic", positive), Rule("ful", "", positive),
            Rule("ness", "", positive),
        ])
    }

    /// 4: (m>1) drop al, ance, ence, er, ic, able, …; ion only after s or t.
    static func step4(_ w: Word) -> Word {
        let greaterThanOne: (Word) -> Bool = { $0.measure > 1 }
        var rules = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent"]
            .map { Rule($0, "", greaterThanOne) }
        rules.append(Rule("ion", "") { s in s.measure > 1 && s.letters.last.map { Word.isOneOf($0, "st") } == true })
        rules += ["ou", "ism", "ate", "iti", "ous", "ive", "ize"].map { Rule($0, "", greaterThanOne) }
        return w.applyingFirstRule(rules)
    }

    /// 5a: (m>1) e → ''; (m=1 and not *o) e → ''.
    static func step5a(_ w: Word) -> Word {
        guard w.endsWith("e") else { return w }
        let stem = w.droppingLast(1)
        let m = stem.measure
        if m > 1 { return stem }
        if m == 1 && !stem.endsCVC { return stem }
        return w
    }

    /// 5b: (m>1 and *d and *L) → single letter.
    static func step5b(_ w: Word) -> Word {
        w.applyingFirstRule([Rule("ll", "l") { _ in w.droppingLast(1).measure > 1 }])
    }

    // MARK: rules

    /// A suffix rule: the suffix (or, for `*d`, a double consonant), its
    /// replacement, and a condition on the stem left after removing the suffix.
    struct Rule {
        var suffix: [UInt32]
        var replacement: [UInt32]
        var doubleConsonant = false
        var condition: ((Word) -> Bool)?

        init(_ suffix: String, _ replacement: String, _ condition: ((Word) -> Bool)? = nil) {
            self.suffix = suffix.unicodeScalars.map(\.value)
            self.replacement = replacement.unicodeScalars.map(\.value)
            self.condition = condition
        }

        init(doubleConsonantReplacement replacement: [UInt32], _ condition: @escaping (Word) -> Bool) {
            suffix = []
            self.replacement = replacement
            doubleConsonant = true
            self.condition = condition
        }
    }

    /// A word as code points, with the measures Porter's conditions use.
    struct Word {
        var letters: [UInt32]

        init(_ letters: [UInt32]) { self.letters = letters }

        var count: Int { letters.count }

        var string: String {
            var view = String.UnicodeScalarView()
            for value in letters { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
            return String(view)
        }

        static func isVowel(_ c: UInt32) -> Bool {
            c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75  // a e i o u
        }

        static func isOneOf(_ c: UInt32, _ set: String) -> Bool {
            set.unicodeScalars.contains { $0.value == c }
        }

        /// A letter other than a, e, i, o, u, and other than a y after a consonant.
        func isConsonant(_ i: Int) -> Bool {
            let c = letters[i]
            if Word.isVowel(c) { return false }
            guard c == 0x79 else { return true }  // y
            var negate = false
            var j = i
            while j > 0 && letters[j] == 0x79 {
                negate.toggle()
                j -= 1
            }
            return !Word.isVowel(letters[j]) != negate
        }

        /// Consonant (true) or vowel (false) for every letter, in one pass.
        var consonantFlags: [Bool] {
            var flags: [Bool] = []
            flags.reserveCapacity(letters.count)
            for (i, c) in letters.enumerated() {
                if Word.isVowel(c) {
                    flags.append(false)
                } else if c == 0x79 {
                    flags.append(i == 0 ? true : !flags[i - 1])
                } else {
                    flags.append(true)
                }
            }
            return flags
        }

        /// m in [C](VC)^m[V]: the number of vowel-to-consonant transitions.
        var measure: Int {
            let flags = consonantFlags
            var m = 0
            for i in 0..<max(0, flags.count - 1) where !flags[i] && flags[i + 1] { m += 1 }
            return m
        }

        var containsVowel: Bool { consonantFlags.contains(false) }

        /// *d: ends with a double consonant.
        var endsDoubleConsonant: Bool {
            count >= 2 && letters[count - 1] == letters[count - 2] && isConsonant(count - 1)
        }

        /// *o: ends consonant-vowel-consonant, the last not w, x or y (NLTK: or is a
        /// two-letter vowel-consonant word).
        var endsCVC: Bool {
            if count >= 3 && isConsonant(count - 3) && !isConsonant(count - 2) && isConsonant(count - 1)
                && !Word.isOneOf(letters[count - 1], "wxy")
            {
                return true
            }
            return count == 2 && !isConsonant(0) && isConsonant(1)
        }

        func endsWith(_ suffix: String) -> Bool { endsWith(suffix.unicodeScalars.map(\.value)) }

        func endsWith(_ suffix: [UInt32]) -> Bool {
            suffix.count <= count && letters[(count - suffix.count)...].elementsEqual(suffix)
        }

        func droppingLast(_ k: Int) -> Word { Word(Array(letters.dropLast(k))) }

        func appending(_ text: String) -> Word { Word(letters + text.unicodeScalars.map(\.value)) }

        func replacingSuffix(_ length: Int, with text: String) -> Word { droppingLast(length).appending(text) }

        /// nltk `_apply_rule_list`: the first rule whose suffix matches decides;
        /// if its condition fails, the word stays as it is.
        func applyingFirstRule(_ rules: [Rule]) -> Word {
            for rule in rules {
                if rule.doubleConsonant {
                    guard endsDoubleConsonant else { continue }
                    let stem = droppingLast(2)
                    return rule.condition?(stem) ?? true ? Word(stem.letters + rule.replacement) : self
                }
                if endsWith(rule.suffix) {
                    let stem = droppingLast(rule.suffix.count)
                    return rule.condition?(stem) ?? true ? Word(stem.letters + rule.replacement) : self
                }
            }
            return self
        }
    }
}
