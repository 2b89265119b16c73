/// The LaTeX vocabulary the math renderer knows, as Unicode.
enum MathSymbols {
    static let commands: [String: String] = [
        // Greek
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
        "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ",
        "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ",
        "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        // Binary operators
        "cdot": "·", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "odot": "⊙", "otimes": "⊗", "oplus": "⊕",
        "circ": "∘", "bullet": "•", "ast": "∗", "star": "⋆", "cap": "∩", "cup": "∪", "setminus": "∖",
        "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨", "cdots": "⋯", "ldots": "…", "dots": "…",
        "vdots": "⋮", "ddots": "⋱", "neg": "¬", "lnot": "¬",
        // Relations
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "sim": "∼",
        "simeq": "≃", "cong": "≅", "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫", "in": "∈",
        "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇",
        "perp": "⊥", "parallel": "∥", "mid": "∣", "models": "⊨", "vdash": "⊢", "coloneqq": "≔",
        "triangleq": "≜", "doteq": "≐",
        // Arrows
        "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⟹", "iff": "⟺",
        "mapsto": "↦", "uparrow": "↑", "downarrow": "↓", "longrightarrow": "⟶", "longleftarrow": "⟵",
        // Miscellaneous
        "infty": "∞", "partial": "∂", "nabla": "∇", "forall": "∀", "exists": "∃", "emptyset": "∅",
        "varnothing": "∅", "ell": "ℓ", "hbar": "ℏ", "prime": "′", "angle": "∠", "top": "⊤", "bot": "⊥",
        "langle": "⟨", "rangle": "⟩", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋",
        "vert": "|", "Vert": "‖", "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖",
        "checkmark": "✓", "dagger": "†", "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ", "degree": "°",
        "lbrace": "{", "rbrace": "}", "backslash": "\\", "colon": ":", "square": "□",
    ]

    /// Large operators: drawn with limits above and below in display math.
    static let bigOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮",
        "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂", "bigvee": "⋁", "bigwedge": "⋀",
    ]

    /// Upright function names; those marked true take limits below in display math.
    static let functions: [String: Bool] = [
        "log": false, "ln": false, "exp": false, "sin": false, "cos": false, "tan": false, "sec": false,
        "csc": false, "cot": false, "arcsin": false, "arccos": false, "arctan": false, "sinh": false,
        "cosh": false, "tanh": false, "det": true, "dim": false, "ker": false, "deg": false, "arg": false,
        "gcd": true, "lg": false, "hom": false, "max": true, "min": true, "sup": true, "inf": true,
        "lim": true, "liminf": true, "limsup": true, "argmax": true, "argmin": true, "Pr": true,
    ]

    /// Spacing commands and the spaces they become.
    static let spaces: [String: String] = [
        "quad": "  ", "qquad": "    ", "enspace": " ", "thinspace": " ", "medspace": " ", "thickspace": " ",
        "space": " ",
    ]

    /// Sizing commands that only change a delimiter's size; the delimiter is kept.
    static let sizing: Set<String> = [
        "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr",
        "bigm", "Bigm", "limits", "nolimits", "nonumber",
        "notag", "middle",
    ]

    /// Style switches (`\textstyle` holds for the rest of its group); script styles
    /// are drawn as text style, as a terminal has no smaller type.
    static let styles: [String: MathStyle] = [
        "displaystyle": .display, "textstyle": .text, "scriptstyle": .text, "scriptscriptstyle": .text,
    ]

    /// Delimiters written as a left/right pair: the space inside them is dropped
    /// (`\lVert a \rVert` is `‖a‖`, as `\|a\|` is).
    static let openingDelimiters: Set<String> = ["langle", "lvert", "lVert", "lceil", "lfloor"]
    static let closingDelimiters: Set<String> = ["rangle", "rvert", "rVert", "rceil", "rfloor"]

    /// Unicode vulgar fractions for simple numeric `\tfrac`s.
    static let vulgarFractions: [String: String] = [
        "1/2": "½", "1/3": "⅓", "2/3": "⅔", "1/4": "¼", "3/4": "¾", "1/5": "⅕", "2/5": "⅖", "3/5": "⅗",
        "4/5": "⅘", "1/6": "⅙", "5/6": "⅚", "1/7": "⅐", "1/8": "⅛", "3/8": "⅜", "5/8": "⅝", "7/8": "⅞",
        "1/9": "⅑", "1/10": "⅒",
    ]

    /// Accents and the combining character each puts over its argument.
    static let accents: [String: Character] = [
        "hat": "\u{0302}", "widehat": "\u{0302}", "bar": "\u{0304}", "overline": "\u{0305}",
        "tilde": "\u{0303}", "widetilde": "\u{0303}", "vec": "\u{20D7}", "overrightarrow": "\u{20D7}",
        "dot": "\u{0307}", "ddot": "\u{0308}", "check": "\u{030C}", "breve": "\u{0306}",
        "acute": "\u{0301}", "grave": "\u{0300}", "underline": "\u{0332}",
    ]

    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ",
        "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ", "j": "ʲ", "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ",
        "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ", "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ",
        "z": "ᶻ", "A": "ᴬ", "B": "ᴮ", "D": "ᴰ", "E": "ᴱ", "G": "ᴳ", "H": "ᴴ", "I": "ᴵ", "J": "ᴶ", "K": "ᴷ",
        "L": "ᴸ", "M": "ᴹ", "N": "ᴺ", "O": "ᴼ", "P": "ᴾ", "R": "ᴿ", "T": "ᵀ", "U": "ᵁ", "V": "ⱽ", "W": "ᵂ",
        "α": "ᵅ", "β": "ᵝ", "γ": "ᵞ", "δ": "ᵟ", "θ": "ᶿ", "ι": "ᶥ", "ϕ": "ᵠ", "φ": "ᵠ", "χ": "ᵡ", "′": "′",
        ",": ",", "∗": "*", "*": "*",
    ]

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ",
        "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ",
        "u": "ᵤ", "v": "ᵥ", "x": "ₓ", "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "ϕ": "ᵩ", "φ": "ᵩ", "χ": "ᵪ", ",": ",",
        // No subscript prime exists; the prime itself reads right after a subscript (xₜ′).
        "′": "′",
    ]

    /// Letters in a math alphabet (`\mathbb`, `\mathcal`, `\mathbf`, `\mathfrak`).
    static func styled(_ c: Character, font: MathFont) -> Character {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
        let v = scalar.value
        let upper = v >= 0x41 && v <= 0x5A
        let lower = v >= 0x61 && v <= 0x7A
        let digit = v >= 0x30 && v <= 0x39
        func at(_ base: UInt32, _ offset: UInt32) -> Character {
            Unicode.Scalar(base + offset).map(Character.init) ?? c
        }
        switch font {
        case .blackboard:
            let exceptions: [Character: Character] = ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
            if let e = exceptions[c] { return e }
            if upper { return at(0x1D538, v - 0x41) }
            if lower { return at(0x1D552, v - 0x61) }
            if digit { return at(0x1D7D8, v - 0x30) }
        case .calligraphic:
            let exceptions: [Character: Character] = [
                "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ",
            ]
            if let e = exceptions[c] { return e }
            if upper { return at(0x1D49C, v - 0x41) }
            if lower { return at(0x1D4B6, v - 0x61) }
        case .bold:
            if upper { return at(0x1D400, v - 0x41) }
            if lower { return at(0x1D41A, v - 0x61) }
            if digit { return at(0x1D7CE, v - 0x30) }
        case .fraktur:
            let exceptions: [Character: Character] = ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]
            if let e = exceptions[c] { return e }
            if upper { return at(0x1D504, v - 0x41) }
            if lower { return at(0x1D51E, v - 0x61) }
        case .roman:
            break
        }
        return c
    }
}

/// A math alphabet.
enum MathFont: Equatable {
    case blackboard, calligraphic, bold, fraktur, roman

    init?(command: String) {
        switch command {
        case "mathbb", "Bbb": self = .blackboard
        case "mathcal", "mathscr": self = .calligraphic
        case "mathbf", "boldsymbol", "bm", "bf": self = .bold
        case "mathfrak": self = .fraktur
        case "mathrm", "mathit", "mathsf", "mathtt", "mathnormal", "rm": self = .roman
        default: return nil
        }
    }
}
