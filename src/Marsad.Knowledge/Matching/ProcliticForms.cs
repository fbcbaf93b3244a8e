namespace Marsad.Knowledge.Matching;

/// <summary>One reading of a word's normalised form with leading proclitics removed.</summary>
/// <param name="Form">The key the reading looks up (للقاهره → القاهره).</param>
/// <param name="NameStart">Index in the normalised word where the name begins (for the span).</param>
/// <param name="Weak">The reading strips the clitic ك ("like"), which collides with many word starts.</param>
internal readonly record struct ProcliticReading(string Form, int NameStart, bool Weak = false);

/// <summary>
/// The readings of a word's first token: as written, then without a conjunction (و ف), a
/// preposition (ب ك ل) or both, with لل read as ل + ال. All readings are produced rather than
/// trusting one segmentation, because a name may itself begin with a clitic letter (ليبيا، فرنسا،
/// بريطانيا, and وليبيا is و + ليبيا, not و + ل + يبيا); the lookup decides.
/// </summary>
internal static class ProcliticForms
{
    /// <summary>A stripped reading keeps at least this many letters (بمصر → مصر).</summary>
    private const int MinRest = 3;

    public static List<ProcliticReading> Of(string norm)
    {
        var into = new List<ProcliticReading>(4) { new(norm, 0) };
        int afterConj = norm.Length > MinRest && norm[0] is 'و' or 'ف' ? 1 : 0;
        if (afterConj == 1) into.Add(new(norm[1..], 1));
        for (int b = 0; b <= afterConj; b++)
        {
            if (norm.Length - b - 1 < MinRest || norm[b] is not ('ب' or 'ك' or 'ل')) continue;
            if (norm[b] == 'ل' && norm[b + 1] == 'ل' && norm.Length - b - 2 >= MinRest - 1)
                into.Add(new("ا" + norm[(b + 1)..], b + 2)); // للقاهره → القاهره; the name starts after لل
            into.Add(new(norm[(b + 1)..], b + 1, norm[b] == 'ك'));
        }
        return into;
    }
}
