using System.Text.Json;
using Marsad.Core.Contract;
using Marsad.Core.Model;

namespace Marsad.Tests.Shared;

/// <summary>
/// Random and hostile text for every stage's tests (tests/Shared, linked into each test project), and the
/// offset invariants every stage keeps on any input: no exception; every span of the document (tokens,
/// sentences, mentions, events with their dates and quantities, attributions, relations) inside the text,
/// not cutting a surrogate pair; every <c>start</c>/<c>end</c>/<c>text</c> of the JSON contract the exact slice.
/// </summary>
internal static class HostileText
{
    // Characters that exercise every branch: Arabic letters (clitic letters, hamza forms, presentation
    // forms), marks, tatweel, digits of three scripts, separators, quotes, brackets, enders, bidi and
    // zero-width marks, lone and paired surrogates, Latin, whitespace and line breaks.
    public const string Alphabet =
        "وفبلكسالةىأإآؤئيمنرتشهعدحجخصضطظغقزذثـًٌٍَُِّْٰٓٔ0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٫٬/-:%،؛؟!?…«»“”\"'()[]" +
        "\u200B\u200C\u200D\u200E\u200F\u202B\u202C\u2066\u2069\uFEFF\u00AD\uFEFB\uFE8D\uFDFA\uFB50aZmG@#_ \n\r\t\u00A0\u2029\uD83D\uDE00\uD800\uDFFF\uFFFE\u0301";

    /// <summary>Words that reach the clitic, date, number and name rules.</summary>
    public static readonly string[] Words =
        ["وبحسب", "لحفتر", "للتنسيق", "الاثنين", "الماضي", "أمس", "مايو/ أيار", "تشرين الأول", "عام", "2018", "٢٥", "مليون", "آلاف",
         "مئات", "خمسة", "عشر", "وعشرين", "نصف", "مطلع", "النصف الأول من", "شهر", "المقبل", "الصيف", "MiG-29", "U.S.", "https://x.y/z",
         "a@b.cc", "د.", "(", "«", "»", ")", ".", "؟", "\n", "31/12/2018", "99999999999999999999", "1.2.3.4", "هـ", "م",
         "قال", "الرئيس", "المصري", "عبد الفتاح السيسي", "إن", "مصر", "وتركيا", "تدعم", "حكومة الوفاق", "في", "طرابلس", "مسلحون", "قتلوا", "جنودا"];

    public static TheoryData<string, string> Extremes() => new()
    {
        { "empty", "" },
        { "whitespace", " \n\t\r\u00A0\u2029" },
        { "only punctuation", "،؛؟!…«»().,:;-–—\"'[]{}/\\*" },
        { "mixed scripts", "قال Erdogan إن Türkiye ستدعم Libya في 2020 مع 俄罗斯 و Россия." },
        { "tatweel", "قـــال الرئيـــس المصـــري إن مصـــر تدعـــم ليبيـــا." },
        { "diacritics", "قَالَ الرَّئِيسُ المِصْرِيُّ عَبْدُ الفَتَّاحِ السِّيسِي إِنَّ مِصْرَ تَدْعَمُ لِيبِيَا." },
        { "CRLF", "القاهرة - 25 ابريل 2018\r\n\r\nقال الرئيس إن مصر تدعم ليبيا.\r\nوأضاف أن تركيا تدعم حكومة الوفاق.\r\n" },
        { "BOM", "\uFEFFقال الرئيس المصري إن مصر تدعم ليبيا.\uFEFF" },
        { "combining marks only", new string('\u064E', 5000) + new string('\u0301', 100) },
        { "bidi marks only", string.Concat(Enumerable.Repeat("\u200F\u200E\u202B\u202C\u2066\u2069", 1000)) },
        { "lone surrogates", "\uD800 \uDC00\uD83D مصر \uDE00" },
        { "NUL and controls", "مصر\0ليبيا\u0001\u001F\u007F" },
        { "presentation-form marks (letters to the tokenizer, nothing once normalised)", "قال \uFCF2 الرئيس \uFCF2\uFCF3 إن مصر \uFCF2." },
        { "hamza as a combining mark", "و\u0654 ا\u0653 ي\u0654 ا\u0655 \u0654\u0654" },
        { "surrogate pairs", string.Concat(Enumerable.Repeat("😀𝔸", 20000)) },
        { "surrogate pairs inside names", "قال 😀السيسي😀 إن مصر𝔸 تدعم 𝔸ليبيا." },
        { "huge number", new string('9', 100_000) },
        { "huge Arabic-Indic number with separators", string.Join("٬", Enumerable.Repeat("٩٩٩", 20000)) },
        { "one 100k-char word", "و" + new string('ب', 100_000) },
        { "100k-char line", string.Join(" ", Enumerable.Repeat("وقال الرئيس أمس إن 5.2 مليارات", 4000)) },
        { "deep brackets", new string('(', 20000) + "نص." + new string(')', 20000) },
        { "unclosed quotes", string.Concat(Enumerable.Repeat("\"قال. ", 5000)) },
        { "dots", new string('.', 50000) },
        { "date soup", string.Concat(Enumerable.Repeat("31/2/2018 0/0/0000 9999/99/99 25.04.2018 ", 2000)) },
        { "number-word chain", string.Join(" ", Enumerable.Repeat("مئات آلاف ملايين مليارات", 3000)) },
    };

    /// <summary><paramref name="count"/> random strings (same seed, same strings): characters of
    /// <see cref="Alphabet"/>, words of <see cref="Words"/>, or any UTF-16 code units.</summary>
    public static IEnumerable<string> Random(int seed, int count, int maxLength = 300)
    {
        var rng = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            int length = rng.Next(maxLength + 1);
            var b = new System.Text.StringBuilder(length);
            int kind = rng.Next(7);
            while (b.Length < length)
            {
                if (kind < 3) b.Append(Alphabet[rng.Next(Alphabet.Length)]);
                else if (kind < 6) b.Append(Words[rng.Next(Words.Length)]).Append(' ');
                else b.Append((char)rng.Next(0x10000));
            }
            yield return b.ToString();
        }
    }

    /// <summary>Asserts the offset invariants on a processed document (see the class summary).</summary>
    public static void AssertOffsets(Document doc)
    {
        var text = doc.Text;
        int previousEnd = 0;
        foreach (var t in doc.Tokens)
        {
            AssertSpan(text, t.Span, "token");
            Assert.True(t.Start >= previousEnd && t.End > t.Start, $"token {t.Span} after {previousEnd}");
            Assert.InRange(t.StemStart, t.Start, t.End - 1);
            previousEnd = t.End;
        }
        foreach (var s in doc.Sentences)
        {
            AssertSpan(text, s.Span, "sentence");
            Assert.InRange(s.FirstToken, 0, s.EndToken);
            Assert.InRange(s.EndToken, s.FirstToken, doc.Tokens.Count);
        }
        foreach (var m in doc.Mentions)
        {
            AssertSpan(text, m.Span, "mention");
            Assert.True(m.Span.Length > 0, $"empty mention at {m.Span}");
            if (m.Entity is { } e) Assert.Contains(e, doc.Entities);
            if (m.Generic?.Affiliation is { } a) AssertSpan(text, a.Span, "affiliation");
        }
        foreach (var e in doc.Entities)
            Assert.All(e.Mentions, m => Assert.Contains(m, doc.Mentions));
        foreach (var ev in doc.Events)
        {
            AssertSpan(text, ev.Trigger, "trigger");
            AssertSpan(text, ev.Evidence, "evidence");
            if (ev.Date?.Span is { } d) AssertSpan(text, d, "date");
            if (ev.Attribution?.Span is { } at) AssertSpan(text, at, "attribution");
            foreach (var q in ev.Quantities) AssertSpan(text, q.Span, "quantity");
        }
        foreach (var r in doc.Relations) AssertSpan(text, r.Evidence, "relation evidence");
        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(doc));
        AssertSlices(text, json.RootElement);
    }

    private static void AssertSpan(string text, TextSpan span, string what)
    {
        Assert.True(span.Start >= 0 && span.Start <= span.End && span.End <= text.Length, $"{what} {span} outside a text of {text.Length}");
        Assert.False(CutsPair(text, span.Start) || CutsPair(text, span.End), $"{what} {span} cuts a surrogate pair");
    }

    private static bool CutsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    /// <summary>The slice as UTF-8 JSON can carry it: a lone surrogate becomes U+FFFD (same length, offsets kept).</summary>
    private static string WellFormed(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>Every JSON object with start, end and text: the text is exactly that slice of the document.</summary>
    private static void AssertSlices(string text, JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var end) && e.TryGetProperty("text", out var t)
                && s.ValueKind == JsonValueKind.Number && end.ValueKind == JsonValueKind.Number)
            {
                int a = s.GetInt32(), b = end.GetInt32();
                Assert.True(a >= 0 && a <= b && b <= text.Length, $"JSON span [{a},{b}) outside a text of {text.Length}");
                Assert.Equal(WellFormed(text[a..b]), t.GetString());
            }
            foreach (var p in e.EnumerateObject()) AssertSlices(text, p.Value);
        }
        else if (e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray()) AssertSlices(text, item);
    }
}
