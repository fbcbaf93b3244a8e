using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Matching;
using Marsad.Text.Names;
using Marsad.Text.Words;

namespace Marsad.Mentions.Repair;

/// <summary>
/// A person span that opens with a known person's surname and runs on with words that are no name
/// (حفتر الانقلابي، حفتر كشريك) names that person: an Arabic name ends with the surname. The person is the
/// knowledge-base id the mention carries, else the knowledge base's reading of the first word alone (after the
/// titles and a nationality after them: <see cref="MentionForm"/>). The span shrinks to the surname.
/// </summary>
public sealed class SurnameTrim(KnowledgeBase kb, KnownNameParts nameParts, TitleLexicon titles, WordAnalyzer words)
{
    /// <summary>True when the mention's span shrank to the surname.</summary>
    public bool Apply(Document doc, Mention m)
    {
        if (m.Type != EntityType.PER) return false;
        var form = MentionForm.Of(doc, m, kb, titles, words);
        var raw = form.Text.Split(' ');
        if (raw.Length < 2 || raw.Skip(1).Any(nameParts.Contains)) return false;
        var entry = m.KbId is not null ? kb.Get(m.KbId) : kb.LookupText(raw[0]).Select(h => h.Entry).FirstOrDefault(e => e.Type == EntityType.PER);
        if (entry is not { Type: EntityType.PER }) return false;
        var full = NameKeys.Words(entry.NameAr);
        if (full.Count < 2 || !PersonNames.Same(NameKeys.Normal(raw[0]), full[^1])) return false;
        // the span already is one of the person's names (خليفة حفتر): nothing to trim
        var name = titles.Strip(form.Text);
        if (entry.Aliases.Append(entry.NameAr).Any(a => NameSimilarity.SameName(name, titles.Strip(a), person: true))) return false;
        int at = doc.Text.IndexOf(raw[0], m.Span.Start, m.Span.Length, StringComparison.Ordinal);
        if (at < 0) return false;
        m.Span = new TextSpan(at, at + raw[0].Length);
        return true;
    }
}
