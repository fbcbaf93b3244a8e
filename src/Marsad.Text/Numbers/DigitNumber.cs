namespace Marsad.Text.Numbers;

/// <summary>
/// Reads a number written in digits (ASCII, Arabic-Indic or Persian): 24، ٢٤، 5.2، 1,000، ٥٫٢، 1.000.000.
/// Separators: ٫ is the Arabic decimal point and ٬ the Arabic thousands separator. A single "." is a
/// decimal point; a single "," is a thousands separator when exactly three digits follow a group of
/// one to three (1,000), else a decimal comma (5,2 as written in the Maghreb). A separator repeated
/// (1.000.000) groups thousands; with two kinds (1,234.5 / 1.234,5) the last is the decimal point.
/// Thousands groups must have three digits, so 1,00,000 is not a number.
/// </summary>
public static class DigitNumber
{
    public static bool TryParse(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 40 || DigitValue(s[0]) < 0 || DigitValue(s[^1]) < 0) return false;
        int seps = 0, lastSep = -1;
        char first = '\0';
        bool mixed = false;
        for (int i = 0; i < s.Length; i++)
        {
            if (DigitValue(s[i]) >= 0) continue;
            if (s[i] is not (',' or '.' or '٫' or '٬')) return false;
            if (DigitValue(s[i - 1]) < 0) return false; // two separators in a row
            if (seps == 0) first = s[i]; else if (s[i] != first) mixed = true;
            seps++; lastSep = i;
        }
        int decimalAt = -1; // index of the decimal separator, -1 for an integer
        if (seps == 1)
        {
            bool threeAfter = s.Length - lastSep - 1 == 3 && lastSep <= 3;
            decimalAt = first switch { '٬' => -1, ',' when threeAfter => -1, _ => lastSep };
        }
        else if (seps > 1)
        {
            if (first == '٫') return false;
            if (mixed) decimalAt = lastSep;
        }
        double whole = 0, frac = 0, scale = 1;
        int group = 0; bool grouped = false;
        for (int i = 0; i < s.Length; i++)
        {
            int d = DigitValue(s[i]);
            if (i > decimalAt && decimalAt >= 0) { scale /= 10; frac += d * scale; continue; }
            if (d >= 0) { whole = whole * 10 + d; group++; continue; }
            if (i == decimalAt) { if (grouped && group != 3) return false; continue; }
            // a thousands separator: the group before it has 1–3 digits (first) or exactly 3
            if (grouped ? group != 3 : group > 3) return false;
            if (mixed && s[i] != first) return false; // 1,234,5 with the decimal in the middle
            grouped = true; group = 0;
        }
        if (decimalAt < 0 && grouped && group != 3) return false;
        value = whole + frac;
        return double.IsFinite(value);
    }

    /// <summary>0–9 for an ASCII, Arabic-Indic or Persian digit, else -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    /// <summary>Reads an integer of at most <paramref name="maxDigits"/> digits (any script), or -1.</summary>
    public static int ParseInt(ReadOnlySpan<char> s, int maxDigits = 9)
    {
        if (s.IsEmpty || s.Length > maxDigits) return -1;
        int v = 0;
        foreach (char c in s)
        {
            int d = DigitValue(c);
            if (d < 0) return -1;
            v = v * 10 + d;
        }
        return v;
    }
}
