using System.Globalization;
using System.Text;
using Marsad.Core.Model;
using Marsad.Events.Learning.Corpora;

namespace Marsad.Events.Learning;

/// <summary>
/// Scores extracted events against annotated sentences, per type. A trigger is right when an annotated
/// event of the same type has a trigger span that overlaps it; only events inside annotated sentences and
/// of the types judged there count. For each right trigger, an argument is right when the extracted
/// actor has a mention in the sentence that overlaps an annotated actor span of the same role.
/// </summary>
public sealed class EventScorer
{
    private readonly int[,] _trig = new int[16, 3]; // tp, fp, fn
    private readonly int[,] _args = new int[16, 3];

    public void Add(Document doc, GoldDocument gold)
    {
        foreach (var s in gold.Sentences)
        {
            bool Judged(EventType t) => s.Judged == 0 || (s.Judged & (1UL << EventModel.ClassOf(t))) != 0;
            var predicted = doc.Events.Where(e => s.Span.Start <= e.Trigger.Start && e.Trigger.End <= s.Span.End && Judged(e.Type)).ToList();
            var unmatched = s.Events.ToList();
            foreach (var e in predicted)
            {
                var g = unmatched.FirstOrDefault(x => x.Type == e.Type && x.Trigger.Exists(t => t.Overlaps(e.Trigger)));
                if (g is null)
                {
                    // a second extracted event on an already matched trigger (one per source) is not a new error
                    if (!s.Events.Exists(x => x.Type == e.Type && x.Trigger.Exists(t => t.Overlaps(e.Trigger)))) _trig[(int)e.Type, 1]++;
                    continue;
                }
                unmatched.Remove(g);
                _trig[(int)e.Type, 0]++;
                Arguments(e.Sources, g.Sources, s.Span, (int)e.Type);
                Arguments(e.Targets, g.Targets, s.Span, (int)e.Type);
            }
            foreach (var g in unmatched)
                if (s.TriggersKnown || g.Trigger.Count > 0)
                {
                    _trig[(int)g.Type, 2]++;
                    _args[(int)g.Type, 2] += g.Sources.Count + g.Targets.Count;
                }
        }
    }

    private void Arguments(List<Entity> predicted, List<TextSpan> gold, TextSpan sentence, int type)
    {
        var hit = new HashSet<int>();
        foreach (var e in predicted)
        {
            int k = gold.FindIndex(g => e.Mentions.Exists(m => m.Span.Overlaps(g) && sentence.Start <= m.Span.Start && m.Span.End <= sentence.End));
            if (k >= 0) hit.Add(k); else _args[type, 1]++;
        }
        _args[type, 0] += hit.Count;
        _args[type, 2] += gold.Count - hit.Count;
    }

    private static (double P, double R, double F) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static (int, int, int) Sum(int[,] m)
    {
        int a = 0, b = 0, c = 0;
        for (int t = 0; t < 16; t++) { a += m[t, 0]; b += m[t, 1]; c += m[t, 2]; }
        return (a, b, c);
    }

    public (double P, double R, double F) TriggerMicro { get { var (a, b, c) = Sum(_trig); return Prf(a, b, c); } }
    public (double P, double R, double F) ArgumentMicro { get { var (a, b, c) = Sum(_args); return Prf(a, b, c); } }

    public string Table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("type        trig  gold   P      R      F1   |  args gold   P      R      F1");
        for (int t = 0; t < 16; t++)
        {
            if (_trig[t, 0] + _trig[t, 1] + _trig[t, 2] == 0) continue;
            Row(sb, ((EventType)t).ToString(), _trig[t, 0], _trig[t, 1], _trig[t, 2], _args[t, 0], _args[t, 1], _args[t, 2]);
        }
        var (a, b, c) = Sum(_trig);
        var (x, y, z) = Sum(_args);
        Row(sb, "micro", a, b, c, x, y, z);
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, int tp, int fp, int fn, int atp, int afp, int afn)
    {
        var (p, r, f) = Prf(tp, fp, fn);
        var (ap, ar, af) = Prf(atp, afp, afn);
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-10} {tp + fp,5} {tp + fn,5} {p * 100,6:F1} {r * 100,6:F1} {f * 100,6:F1} | {atp + afp,5} {atp + afn,5} {ap * 100,6:F1} {ar * 100,6:F1} {af * 100,6:F1}"));
    }

    public string Json()
    {
        var sb = new StringBuilder("{");
        var (tp, tr, tf) = TriggerMicro;
        var (ap, ar, af) = ArgumentMicro;
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"\"trigger\": {{\"precision\": {tp:F4}, \"recall\": {tr:F4}, \"f1\": {tf:F4}}}, \"argument\": {{\"precision\": {ap:F4}, \"recall\": {ar:F4}, \"f1\": {af:F4}}}, \"types\": {{"));
        bool first = true;
        for (int t = 0; t < 16; t++)
        {
            if (_trig[t, 0] + _trig[t, 1] + _trig[t, 2] == 0) continue;
            var (_, _, f) = Prf(_trig[t, 0], _trig[t, 1], _trig[t, 2]);
            var (_, _, g) = Prf(_args[t, 0], _args[t, 1], _args[t, 2]);
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"{(first ? "" : ", ")}\"{(EventType)t}\": {{\"trigger_f1\": {f:F4}, \"argument_f1\": {g:F4}, \"gold\": {_trig[t, 0] + _trig[t, 2]}}}"));
            first = false;
        }
        return sb.Append("}}").ToString();
    }
}
