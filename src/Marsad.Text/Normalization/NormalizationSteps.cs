namespace Marsad.Text.Normalization;

/// <summary>
/// The individual normalisation steps (named like CAMeL Tools' utils.normalize), so that a caller
/// picks the lossy ones it needs. <see cref="Matching"/> is the full set used for lexicon lookup.
/// </summary>
[Flags]
public enum NormalizationSteps
{
    None = 0,
    /// <summary>Unicode NFKC: presentation forms and ligatures (ﻻ → لا), full-width and superscript forms, NBSP → space.</summary>
    Nfkc = 1 << 0,
    /// <summary>Drops harakat, tanween, shadda, sukun, dagger alef and Quranic marks.</summary>
    Diacritics = 1 << 1,
    /// <summary>Drops tatweel (kashida) ـ.</summary>
    Tatweel = 1 << 2,
    /// <summary>آ أ إ ٱ → ا.</summary>
    AlefForms = 1 << 3,
    /// <summary>ى → ي.</summary>
    AlefMaqsura = 1 << 4,
    /// <summary>ة → ه.</summary>
    TaMarbuta = 1 << 5,
    /// <summary>ؤ → و، ئ → ي.</summary>
    HamzaCarriers = 1 << 6,
    /// <summary>Persian ی → ي and ک → ك (common in text typed on Persian keyboards).</summary>
    PersianLetters = 1 << 7,
    /// <summary>Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9; ٫ → . and ٬ → ,</summary>
    Digits = 1 << 8,
    /// <summary>« » “ ” „ ‟ ‘ ’ ‚ ‹ › ″ → ".</summary>
    Quotes = 1 << 9,
    /// <summary>Arabic comma, semicolon, question mark and percent → , ; ? %.</summary>
    Punctuation = 1 << 10,
    /// <summary>Latin letters lower-cased.</summary>
    LatinCase = 1 << 11,
    /// <summary>Drops zero-width and bidi control characters (ZWNJ, ZWJ, LRM, RLM, BOM, soft hyphen, embeddings).</summary>
    Invisible = 1 << 12,

    /// <summary>Orthographic clean-up that loses nothing a reader sees.</summary>
    Orthographic = Nfkc | Tatweel | Invisible,
    /// <summary>Everything: the key used to match names, lexicons and gazetteers.</summary>
    Matching = Nfkc | Diacritics | Tatweel | AlefForms | AlefMaqsura | TaMarbuta | HamzaCarriers | PersianLetters
             | Digits | Quotes | Punctuation | LatinCase | Invisible,
}
