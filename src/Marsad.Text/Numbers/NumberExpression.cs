using Marsad.Core.Model;

namespace Marsad.Text.Numbers;

/// <summary>
/// A number found in the text: its span (digits and/or number words, proclitics outside), its value,
/// and whether the text states it only approximately (مئات، عشرات الآلاف، نحو 100).
/// </summary>
public readonly record struct NumberExpression(TextSpan Span, double Value, bool Approximate);
