using Marsad.Core.Model;

namespace Marsad.Mentions.Repair;

/// <summary>
/// A name does not take tanween: places and foreign names are definite or diptote (ممنوع من الصرف), and news
/// does not write the case ending of a personal name. A word written with tanween is an indefinite noun, an
/// adjective or an adverb: سليماً "sound" (not Sliema), رويدًا رويدًا "little by little", دوماً "always" (not Douma).
/// In 8,000 articles of the unlabelled news, every word with tanween whose letters are a knowledge-base name
/// was such a word. A nationality adjective keeps its mention (دعماً أمريكياً: American support).
/// </summary>
public static class TanweenRule
{
    /// <summary>Whether the mention is a span with a word written with tanween (and not a nationality adjective).</summary>
    public static bool Rejects(Document doc, Mention m) =>
        !m.Nisba && doc.Text.AsSpan(m.Span.Start, m.Span.Length).IndexOfAnyInRange('\u064B', '\u064D') >= 0;
}
