using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Lexicons;
using Marsad.Events.Triggers;

namespace Marsad.Events.Attribution;

/// <summary>
/// Reads an event's modality from cues around its trigger in the same clause: negation and denial
/// (لم، لن، نفى، عدم، دون), hypotheticals (إذا، قد، ربما، المحتمل), plans (سـ/سوف on the verb, من
/// المنتظر، تعتزم، تتجه إلى، … المقبل), requests (طالب ب، دعا إلى), else reported when attributed to
/// a source, else asserted. Short particles must sit right before the trigger; longer cues up to a
/// clause away.
/// </summary>
public sealed class ModalityDetector(EventLexicons lex)
{
    private const int ParticleReach = 2, CueReach = 8;

    /// <summary>A word that begins as only an imperfect does (يزور، تزور، نزور; not ا, which begins derived perfects too).</summary>
    private bool IsImperfect(string norm) => norm.Length >= 3 && lex.Affixes.ImperfectAlone.Contains(norm[0]);

    public Modality Detect(TokenSequence seq, TriggerMatch trig, int windowEnd, bool attributed, EventType? governedBy = null)
    {
        var found = new List<Modality>();
        if (governedBy == EventType.REJECT) found.Add(Modality.Denied);
        if (governedBy == EventType.REQUEST) found.Add(Modality.Requested);
        if (trig.Reading.Future) found.Add(Modality.Planned);
        int first = seq.SentenceAt(trig.Start).FirstToken;
        for (int k = trig.Start - 1, words = 0; k >= first && words < CueReach; k--)
        {
            if (seq.IsPunct(k)) { if (seq.IsTransparent(k)) continue; break; }
            words++;
            foreach (var m in lex.ModalityCues.Match(seq, k))
            {
                if (m.Value.After || k + m.Length > trig.Start) continue;
                // negation particles and قد govern only the words right after them; قد before a perfect verb
                // means "has already", only before an imperfect "may"
                if (m.Value.Particle && words > ParticleReach) continue;
                if (m.Value is { Particle: true, Modality: Modality.Hypothetical } && (k + 1 >= seq.End || !IsImperfect(seq[k + 1].Norm))) continue;
                if (m.First.Future || seq[k].Proclitics.Contains(lex.Affixes.Future)) found.Add(Modality.Planned);
                found.Add(m.Value.Modality);
            }
            if (seq[k].Proclitics.Contains(lex.Affixes.Future) && lex.SupportWords.Contains(seq, k)) found.Add(Modality.Planned);
        }
        for (int k = trig.End; k < windowEnd; k++)
            foreach (var m in lex.ModalityCues.Match(seq, k))
                if (m.Value.After) found.Add(m.Value.Modality);
        if (trig.Type == EventType.REQUEST) found.Remove(Modality.Requested);
        foreach (var m in new[] { Modality.Denied, Modality.Hypothetical, Modality.Requested, Modality.Planned })
            if (found.Contains(m)) return m;
        return attributed ? Modality.Reported : Modality.Asserted;
    }
}
