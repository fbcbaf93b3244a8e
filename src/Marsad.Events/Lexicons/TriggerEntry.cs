using Marsad.Core.Model;
using Marsad.Text.Data;

namespace Marsad.Events.Lexicons;

public enum GenitiveRole : byte { None, Source, Target }

/// <summary>
/// How a trigger's arguments are marked: whether the direct object is the target, which prepositions
/// mark the target or the source, the role of an event noun's genitive (زيارة السيسي: agent; اعتقال
/// الصحفي: patient), whether the subject is really the target (اشترى … من: the seller is the source), whether the form is
/// passive whatever its vowels (اغتيل: the subject is the target),
/// whether places may be targets, which word class must be near (arms for إرسال), which word class after it makes
/// it an idiom and no event (احتل المرتبة: ranked), and whether the noun names its source in apposition (روسيا، حليفة الأسد), or,
/// passive, its target (الحوثيين المدعومين من إيران).
/// </summary>
public sealed record ArgumentFrame(
    bool Symmetric,
    bool ObjectIsTarget,
    bool Inverse,
    IReadOnlySet<string> TargetPreps,
    IReadOnlySet<string> SourcePreps,
    GenitiveRole Genitive,
    bool PlaceTarget,
    string? Thing,
    (EventType Type, string Mode, string Cameo)? PersonSense = null,
    bool Passive = false,
    bool Apposition = false,
    string? Unless = null)
{
    public static ArgumentFrame Parse(string spec, Func<string, Exception> error)
    {
        bool sym = false, obj = false, inv = false, loc = false, pass = false, appos = false;
        var tgt = new HashSet<string>(StringComparer.Ordinal);
        var src = new HashSet<string>(StringComparer.Ordinal);
        var gen = GenitiveRole.None;
        string? thing = null, unless = null;
        (EventType, string, string)? person = null;
        foreach (var part in LexiconFile.Words(spec))
        {
            int eq = part.IndexOf('=');
            string key = eq < 0 ? part : part[..eq], val = eq < 0 ? "" : part[(eq + 1)..];
            switch (key)
            {
                case "sym": sym = true; break;
                case "obj": obj = true; break;
                case "inv": inv = true; break;
                case "loc": loc = true; break;
                case "pass": pass = true; break;
                case "appos": appos = true; break;
                case "tgt": foreach (var p in val.Split(',')) tgt.Add(WordForms.Norm(p)); break;
                case "src": foreach (var p in val.Split(',')) src.Add(WordForms.Norm(p)); break;
                case "gen":
                    gen = val switch { "src" => GenitiveRole.Source, "tgt" => GenitiveRole.Target, _ => throw error($"gen must be src or tgt, not '{val}'") };
                    break;
                case "thing": thing = val; break;
                case "unless": unless = val; break;
                case "person":
                    var parts = val.Split(':');
                    if (parts.Length != 3 || !Enum.TryParse<EventType>(parts[0], out var pt)) throw error($"person must be TYPE:mode:cameo, not '{val}'");
                    person = (pt, parts[1], parts[2]);
                    break;
                default: throw error($"unknown frame key '{key}'");
            }
        }
        return new ArgumentFrame(sym, obj, inv, tgt, src, gen, loc, thing, person, pass, appos, unless);
    }
}

/// <summary>One trigger sense: a PLOVER type with mode and CAMEO code, whether it is a verb, and its frame.</summary>
public sealed record TriggerEntry(EventType Type, string? Mode, string Cameo, bool IsVerb, ArgumentFrame Frame, string Lemma)
{
    /// <summary>The lemma normalised (for a verb, its perfect), made once rather than for every candidate.</summary>
    public string NormLemma { get; } = WordForms.Norm(Lemma);

    public override string ToString() => $"{Lemma}:{Type}/{Mode}/{Cameo}";
}
