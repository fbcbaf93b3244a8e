using Marsad.Core.Model;
using Marsad.Text.Tokenization;
using Marsad.Text.Words;
using static Marsad.Text.Numbers.NumberWordKind;

namespace Marsad.Text.Numbers;

/// <summary>
/// Finds numbers written in digits, in words, or both (5.2 مليارات، 100 ألف، خمسة عشر، ثلاثة آلاف
/// وخمسمئة، نصف مليون، مئات الآلاف). Arabic compounds follow the grammar of the cardinal: units take
/// عشر for the teens and precede the tens with و (خمسة وعشرون); larger parts come first and smaller
/// ones follow with و (مئة وخمسون، ألف ومئتان); a scale multiplies what precedes it. A plural scale
/// standing alone (مئات، عشرات، آلاف) or a hedge before the number (نحو، حوالي) makes it approximate.
/// Words with the article (الثلاثة، الألف) are not quantities and are skipped. Reads the number words of the
/// pipeline's tables (<see cref="LanguageResources.Numbers"/>); immutable and thread-safe.
/// </summary>
public sealed class NumberFinder(NumberWords words, AffixTable affixes)
{
    public NumberWords Words => words;
    private readonly char _waw = affixes.LetterOf(Clitic.Wa);

    public List<NumberExpression> Find(Document doc) =>
        Find(doc.Text, doc.Tokens.Count > 0 ? doc.Tokens : Tokenizer.Tokenize(doc.Text));

    public List<NumberExpression> Find(string text, IReadOnlyList<Token> tokens)
    {
        var found = new List<NumberExpression>();
        for (int i = 0; i < tokens.Count;)
        {
            var t = tokens[i];
            bool candidate = t.Kind == TokenKind.Number || (t.Kind == TokenKind.Word && words.MayStart(t));
            if (candidate && TryRead(text, tokens, i, out var expr, out int end)) { found.Add(expr); i = end; }
            else i++;
        }
        return found;
    }

    /// <summary>Reads one number expression starting at token <paramref name="i"/>.</summary>
    public bool TryRead(string text, IReadOnlyList<Token> tokens, int i, out NumberExpression expr, out int end)
    {
        expr = default; end = i;
        var t = tokens[i];
        double value;
        bool approx = false;
        int start;
        if (t.Kind == TokenKind.Number)
        {
            if (!DigitNumber.TryParse(text.AsSpan(t.Start, t.Span.Length), out value)) return false;
            start = t.Start;
            end = i + 1;
            // 5.2 مليارات، 100 ألف، 3 آلاف، 20 ألفا
            if (Word(tokens, end, out var w, out bool waw) && !waw && w.Kind is Scale or Dual or Plural && tokens[end].Proclitics.Length == 0)
            {
                value *= w.Value;
                end++;
            }
        }
        else if (t.Kind == TokenKind.Word && ReadWords(tokens, i, ref approx, out value, out end))
        {
            start = words.Table.TryMatch(tokens, i, bare: true, out _, out _, out bool stripped) && stripped
                ? TokenKeys.BareStart(text, t) : t.Start;
        }
        else return false;
        if (i > 0 && IsHedge(tokens, i - 1)) approx = true;
        // 40 تقريبا، 40 شخصا تقريبا
        for (int k = end; k < Math.Min(end + 2, tokens.Count); k++)
            if (words.HedgesAfter.Contains(tokens[k].Norm)) approx = true;
        expr = new NumberExpression(new TextSpan(start, tokens[end - 1].End), value, approx);
        return true;
    }

    private bool ReadWords(IReadOnlyList<Token> tokens, int i, ref bool approx, out double value, out int end)
    {
        value = 0; end = i;
        if (!Word(tokens, i, out var w, out _)) return false;
        end = i + 1;
        double total = 0, current = 0, last;
        switch (w.Kind)
        {
            case Number or Hundred or Teen: current = w.Value; break;
            case Scale: total = w.Value; break;
            case Dual: total = 2 * w.Value; break;
            case Plural: total = w.Value; approx = true; break;
            case Few: current = w.Value; approx = true; break;
            case TeenUnit:
                // أحد عشر / إحدى عشرة; أحد alone is "one of" or "Sunday", not a quantity.
                if (!Word(tokens, end, out var teen, out bool tw) || tw || teen.Kind != Teen) return false;
                current = w.Value + 10; end++; w = teen; break;
            case Fraction:
                // نصف مليون، ربع مليار; a bare نصف is "half of", not a number.
                if (!Word(tokens, end, out var sc, out bool fw) || fw || sc.Kind is not (Scale or Dual or Plural)) return false;
                total = w.Value * sc.Value; end++; w = sc; break;
            default: return false;
        }
        last = w.Kind is Scale or Dual or Plural ? w.Value : current;
        var prev = w.Kind;
        while (Word(tokens, end, out var n, out bool waw) || Definite(tokens, end, out n))
        {
            bool otherClitics = tokens[end].Proclitics.Length > (waw ? 1 : 0);
            if (otherClitics && !(n.Kind is Plural or Scale && prev is Plural or Few)) break; // مئات الآلاف only
            if (!waw && n.Kind == Teen && prev is Number or TeenUnit && current is >= 1 and <= 9)
                current += 10; // خمسة عشر
            else if (!waw && n.Kind == Hundred && prev == Number && current is >= 1 and <= 9)
                current *= 100; // ثلاث مئة
            else if (!waw && n.Kind is Scale or Dual or Plural)
            {
                if (prev is Plural or Few) approx = true; // مئات الآلاف، بضعة آلاف
                if (prev is Scale or Dual or Plural && total > 0 && current == 0 && n.Value <= last) break;
                if (n.Value > total + current) { total = (total + current) * n.Value; current = 0; }
                else { total += Math.Max(current, 1) * n.Value; current = 0; }
                last = n.Value;
            }
            else if (waw && n.Kind is Number or Hundred or Teen
                     && (n.Value < last || (prev == Number && last is >= 1 and <= 9 && n.Value is >= 20 and <= 90)))
            {
                current += n.Value; // مئة وخمسون، خمسة وعشرون
                last = n.Value;
            }
            else if (waw && n.Kind == Fraction && prev is Scale or Dual)
            {
                total += n.Value * last; // مليون ونصف
                end++;
                break;
            }
            else break;
            prev = n.Kind;
            end++;
        }
        value = total + current;
        return double.IsFinite(value) && value > 0;
    }

    /// <summary>The number word at token <paramref name="i"/>; <paramref name="waw"/> when it carries only the conjunction و.</summary>
    private bool Word(IReadOnlyList<Token> tokens, int i, out NumberWord word, out bool waw)
    {
        word = default; waw = false;
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word) return false;
        string p = tokens[i].Proclitics;
        if (!words.Table.TryMatch(tokens, i, bare: true, out word, out int end) || end != i + 1) return false;
        waw = p.Length > 0 && p[0] == _waw;
        return word.Kind != Hedge;
    }

    /// <summary>A scale with the article after a plural: the الآلاف of مئات الآلاف.</summary>
    private bool Definite(IReadOnlyList<Token> tokens, int i, out NumberWord word)
    {
        word = default;
        return i < tokens.Count && tokens[i].Proclitics == affixes.Article && words.Table.TryGetWord(tokens[i].StemNorm, out word);
    }

    private bool IsHedge(IReadOnlyList<Token> tokens, int i) =>
        words.Table.TryMatch(tokens, i, bare: true, out var w, out _) && w.Kind == Hedge;
}
