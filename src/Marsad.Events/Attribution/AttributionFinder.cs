using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Arguments;
using Marsad.Events.Lexicons;
using Marsad.Text.Words;

namespace Marsad.Events.Attribution;

/// <summary>A claimed source and the token range it covers (the reported clause).</summary>
public sealed record AttributionScope(int Start, int End, Core.Model.Attribution Attribution);

/// <summary>
/// Finds who claims what: reporting verbs (قال، أضاف، كشف، أكد …) with a named subject (a person or
/// outlet entity) or an anonymous one (the text "مصادر أمنية مصرية"), and "according to" markers
/// (بحسب، وفق، نقلاً عن …). A reporting verb's scope runs from the verb to the end of its sentence; an
/// "according to" marker covers its whole sentence. A reporting verb with a dropped or anaphoric subject
/// (وأضاف، وأشارت المصادر) continues the previous report's source.
/// </summary>
public sealed class AttributionFinder(EventLexicons lex, NameStart nameStart)
{
    private const int MaxSourceWords = 5;

    public List<AttributionScope> Find(TokenSequence seq, IReadOnlyList<IReadOnlyList<ActorPhrase>> phrasesBySentence)
    {
        var scopes = new List<AttributionScope>();
        Core.Model.Attribution? previous = null;
        int previousSentence = -10;
        for (int s = 0; s < seq.Document.Sentences.Count; s++)
        {
            var sent = seq.Document.Sentences[s];
            var phrases = phrasesBySentence[s];
            int end = Math.Min(sent.EndToken, seq.End);
            for (int k = sent.FirstToken; k < end; k++)
            {
                if (seq[k].Kind != Core.Model.TokenKind.Word) continue;
                if (lex.AccordingTo.First(seq, k) is { } acc)
                {
                    int after = k + acc.Length;
                    var a = SourceAt(seq, after, end, phrases, previous);
                    if (a is not null) { scopes.Add(new AttributionScope(sent.FirstToken, end, a)); previous = a; previousSentence = s; }
                    k = after - 1;
                    continue;
                }
                if (lex.ReportingVerbs.First(seq, k, (r, _) => r.CanBeVerb) is not { } verb) continue;
                int next = k + verb.Length;
                var attribution = SourceAt(seq, next, end, phrases, s - previousSentence <= 3 ? previous : null)
                    ?? SubjectBefore(seq, k, sent.FirstToken, phrases)
                    ?? (s - previousSentence <= 2 ? previous : null);
                if (attribution is null) continue;
                scopes.Add(new AttributionScope(k, end, attribution));
                previous = attribution; previousSentence = s;
            }
        }
        return scopes;
    }

    /// <summary>The source named at token <paramref name="i"/>: an actor phrase, else an anonymous source noun phrase.</summary>
    private Core.Model.Attribution? SourceAt(TokenSequence seq, int i, int end, IReadOnlyList<ActorPhrase> phrases, Core.Model.Attribution? previous)
    {
        while (i < end && seq.IsTransparent(i)) i++;
        if (i >= end) return null;
        if (lex.SourceNouns.First(seq, i) is { } src)
        {
            // definite "المصادر" refers back to the sources already named
            if (src.First.Article && previous is not null) return previous;
            int j = i + src.Length;
            while (j < end && j - i < MaxSourceWords && !seq.IsPunct(j) && IsSourceModifier(seq, j)) j++;
            var span = new TextSpan(seq[i].StemStart, seq[j - 1].End);
            return new Core.Model.Attribution(null, seq.Document.TextOf(span), span);
        }
        var p = phrases.FirstOrDefault(p => p.Start <= i + 1 && p.End > i && p.HasActors);
        if (p is null) return null;
        var espan = PhraseSpan(seq, p);
        return new Core.Model.Attribution(p.Actors[0], seq.Document.TextOf(espan), espan);
    }

    private Core.Model.Attribution? SubjectBefore(TokenSequence seq, int verb, int first, IReadOnlyList<ActorPhrase> phrases)
    {
        var p = phrases.LastOrDefault(p => p.End <= verb && p.End >= verb - 1 && p.Start >= first && p.IsBare && p.HasActors);
        if (p is null) return null;
        var span = PhraseSpan(seq, p);
        return new Core.Model.Attribution(p.Actors[0], seq.Document.TextOf(span), span);
    }

    /// <summary>A named source's text: its first word loses a proclitic only where the mention stage's
    /// <see cref="NameStart"/> would split it (وقال كيري keeps كيري, not يري).</summary>
    private TextSpan PhraseSpan(TokenSequence seq, ActorPhrase p) =>
        new(nameStart.Of(seq.Document.Text, seq[p.Start]), seq[p.End - 1].End);

    /// <summary>Adjectives and nisbas after a source noun (أمنية مصرية، مطلعة، رفيعة المستوى), not a preposition or a
    /// complementiser, with its pronoun or not (أن، أنه، بأن، في، عن).</summary>
    private bool IsSourceModifier(TokenSequence seq, int j)
    {
        var n = seq[j].Norm;
        if (lex.Functions.IsWritten(seq[j], WordClass.Preposition | WordClass.Subordinator) || lex.Functions.WithPronoun(seq[j], WordClass.Subordinator)) return false;
        return seq.MentionAt(j) is { Nisba: true } || PhraseFinder.IsAdjective(seq, j, lex) || lex.Affixes.IsFeminineSingular(n) || lex.SourceModifiers.Contains(n);
    }
}
