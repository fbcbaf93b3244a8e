using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Linking.Names;

namespace Marsad.Linking.Candidates;

/// <summary>
/// The name a mention carries, cleaned for matching and display: punctuation trimmed, and for
/// people the leading titles and a nationality adjective after them removed
/// (الرئيس الفرنسي إيمانويل ماكرون → إيمانويل ماكرون). <see cref="Stripped"/> is the same name
/// without a leading proclitic (وحفتر → حفتر، للجيش → الجيش), tried when the form as written
/// matches nothing: a name may itself begin with a clitic letter (وليد، بريطانيا).
/// </summary>
public sealed record MentionForm(string Text, string? Stripped, bool TitleOnly)
{
    private const int MinRest = 3;

    public static MentionForm Of(Document doc, Mention m, KnowledgeBase kb) => Of(doc.TextOf(m.Span), m.Type, kb);

    public static MentionForm Of(string surface, EntityType type, KnowledgeBase kb)
    {
        var words = surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(TrimChars)).Where(w => w.Length > 0).ToList();
        bool titleOnly = false;
        if (type == EntityType.PER && words.Count > 0)
        {
            int titles = TitleLexicon.Default.LeadingTitleWords(words);
            // الرئيس المصري عبد الفتاح السيسي: the nationality after a title is not part of the name
            if (titles > 0 && words.Count - titles >= 2 && kb.NisbaState(words[titles]) is not null) titles++;
            words.RemoveRange(0, titles);
            titleOnly = words.Count == 1 && TitleLexicon.Default.IsTitle(words[0]);
        }
        var text = string.Join(' ', words);
        return new MentionForm(text, StripProclitic(text), titleOnly);
    }

    /// <summary>The name without one leading conjunction and/or preposition, or null when none can go.</summary>
    public static string? StripProclitic(string text)
    {
        if (text.Length == 0) return null;
        int i = 0;
        if (text.Length - i > MinRest && text[i] is 'و' or 'ف') i++;
        if (text.Length - i > MinRest && text[i] is 'ب' or 'ك' or 'ل')
        {
            if (text[i] == 'ل' && text.Length - i > MinRest + 1 && text[i + 1] == 'ل')
                return "ا" + text[(i + 1)..];   // للجيش → الجيش
            i++;
        }
        if (i == 0 || text[i] == ' ') return null;
        return text[i..];
    }

    private static readonly char[] TrimChars = ['"', '\'', '«', '»', '“', '”', '(', ')', '[', ']', '،', ',', '.', ':', '؛', ';', '-', '–', '—', '/', '!', '؟', '?'];
}
