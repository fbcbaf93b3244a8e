using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Text.Names;
using Marsad.Text.Words;

namespace Marsad.Knowledge.Matching;

/// <summary>
/// The name a mention carries, cleaned for matching and display: punctuation trimmed, and for
/// people the leading titles and a nationality adjective after them removed
/// (الرئيس الفرنسي إيمانويل ماكرون → إيمانويل ماكرون). <see cref="Stripped"/> is the same name
/// without a leading proclitic (وحفتر → حفتر، للجيش → الجيش), tried when the form as written
/// matches nothing: a name may itself begin with a clitic letter (وليد، بريطانيا).
/// </summary>
public sealed record MentionForm(string Text, string? Stripped, bool TitleOnly)
{
    public static MentionForm Of(Document doc, Mention m, KnowledgeBase kb, TitleLexicon titles, WordAnalyzer analyzer) =>
        Of(doc.TextOf(m.Span), m.Type, kb, titles, analyzer);

    public static MentionForm Of(string surface, EntityType type, KnowledgeBase kb, TitleLexicon titles, WordAnalyzer analyzer)
    {
        var words = surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(TrimChars)).Where(w => w.Length > 0).ToList();
        bool titleOnly = false;
        if (type == EntityType.PER && words.Count > 0)
        {
            int leading = titles.LeadingTitleWords(words);
            // الرئيس المصري عبد الفتاح السيسي: the nationality after a title is not part of the name
            if (leading > 0 && words.Count - leading >= 2 && kb.NisbaState(words[leading]) is not null) leading++;
            words.RemoveRange(0, leading);
            titleOnly = words.Count == 1 && titles.IsTitle(words[0]);
        }
        var text = string.Join(' ', words);
        return new MentionForm(text, analyzer.StripProclitics(text), titleOnly);
    }

    private static readonly char[] TrimChars = ['"', '\'', '«', '»', '“', '”', '(', ')', '[', ']', '،', ',', '.', ':', '؛', ';', '-', '–', '—', '/', '!', '؟', '?'];
}
