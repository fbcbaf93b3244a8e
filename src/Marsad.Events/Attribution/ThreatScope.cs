using Marsad.Events.Analysis;
using Marsad.Core.Model;
using Marsad.Events.Lexicons;

namespace Marsad.Events.Attribution;

/// <summary>
/// An event word in the complement of a threat or warning (هدد الرئيس بشن هجوم، حذرت الأمم المتحدة من
/// هجوم وشيك) names an act that may come: the threat is the event, the act is not one. The complement
/// opens with ب or من after the threat word and its subject, in the same clause.
/// </summary>
public sealed class ThreatScope(EventLexicons lex)
{
    private const int Reach = 6;

    public bool Covers(TokenSequence seq, int trigger)
    {
        int first = seq.SentenceAt(trigger).FirstToken;
        for (int k = trigger - 1, words = 0; k >= first && words < Reach; k--, words++)
        {
            if (seq.IsPunct(k)) { if (seq.IsTransparent(k)) continue; return false; }
            if (!lex.ThreatWords.Contains(seq, k)) continue;
            for (int j = k + 1; j <= trigger; j++)
                if (OpensComplement(seq, j, trigger)) return true;
            return false;
        }
        return false;
    }

    /// <summary>من as a word, or ب on a word: a reading with the clitic (بتنفيذ، باجتياح), or a word right before
    /// the event word that starts with it (بشن هجوم: the analyser keeps two-letter stems such as شن whole).</summary>
    private bool OpensComplement(TokenSequence seq, int j, int trigger)
    {
        var norm = seq[j].Norm;
        if (lex.ThreatComplement.Contains(norm)) return true;
        if (!lex.ThreatComplement.Contains(BiLetter)) return false;
        foreach (var r in seq.Readings(j))
            if ((r.Proclitics & Clitic.Bi) != 0) return true;
        return j == trigger - 1 && norm.Length >= 3 && norm[0] == BiLetter[0];
    }

    private const string BiLetter = "\u0628";
}
