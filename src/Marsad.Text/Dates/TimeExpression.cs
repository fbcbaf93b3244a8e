using Marsad.Core.Model;

namespace Marsad.Text.Dates;

/// <summary>Which part of a period an expression names (مطلع يناير → Early) or which season.</summary>
public enum TimePart : byte { None, Early, Middle, Late, FirstHalf, SecondHalf, Spring, Summer, Autumn, Winter }

/// <summary>
/// A time expression: its span in the original text, its calendar value (null when it cannot be
/// known — a relative expression without a publication date is never guessed), whether the value
/// depends on the publication date, the part of the period it names, and the word that makes it a bound
/// of a span (منذ يونيو 2014 = since June 2014: the start of a span, not the time of an act), if any.
/// </summary>
public readonly record struct TimeExpression(TextSpan Span, PartialDate? Value, bool Relative, TimePart Part = TimePart.None, TextSpan? Bound = null)
{
    /// <summary>How many days before its publication a news report's own days reach (أمس، الثلاثاء الماضي).</summary>
    public const int NewsDays = 7;
}
