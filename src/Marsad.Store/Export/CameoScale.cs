using System.Globalization;
using Marsad.Core;

namespace Marsad.Store.Export;

/// <summary>
/// What GDELT derives from a CAMEO event code: the quad class (from the root code, as GDELT does) and
/// the Goldstein conflict–cooperation score (data/events/cameo_goldstein.tsv, GDELT's lookup table).
/// A code missing from the table takes its base or root code's score.
/// </summary>
public sealed class CameoScale(IReadOnlyDictionary<string, double> goldstein)
{
    public const string FileName = "cameo_goldstein.tsv";

    public static CameoScale Load(DataFolder data) => Load(data.File("events", FileName));

    public static CameoScale Load(string path)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("cameo\t", StringComparison.Ordinal)) continue;
            var c = line.Split('\t');
            if (c.Length != 2 || !double.TryParse(c[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new InvalidDataException($"{path}:{n}: expected 'cameo<TAB>score'");
            map[c[0]] = v;
        }
        return new CameoScale(map);
    }

    /// <summary>The Goldstein score of a code, or of its nearest listed ancestor; null for an unknown root.</summary>
    public double? Goldstein(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
            if (goldstein.TryGetValue(c, out var v)) return v;
        return null;
    }

    /// <summary>GDELT's quad class from the root code: 1 verbal cooperation (01–05), 2 material cooperation (06–09),
    /// 3 verbal conflict (10–14), 4 material conflict (15–20); 0 when the code has no valid root.</summary>
    public static int QuadClass(string code) =>
        code.Length >= 2 && int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int root)
            ? root switch { >= 1 and <= 5 => 1, >= 6 and <= 9 => 2, >= 10 and <= 14 => 3, >= 15 and <= 20 => 4, _ => 0 }
            : 0;
}
