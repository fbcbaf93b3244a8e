using Marsad.Extraction;
using Marsad.Core.Model;
using Marsad.Events;
using Marsad.Text;
using Marsad.Tests.Shared;

namespace Marsad.Events.Tests;

/// <summary>
/// Hand-built documents for the event stage: the text stage gives tokens and sentences; mentions and
/// entities come from a small gazetteer of surfaces (longest first, whole words, proclitics outside the
/// span), as the mention and linking stages would produce them.
/// </summary>
public static class TestDocuments
{
    public sealed record Name(string Surface, string Key, EntityType Type, bool Nisba = false, string? Sector = null);

    public static readonly Name[] Gazetteer =
    [
        new("مصر", "egypt", EntityType.GPE), new("فرنسا", "france", EntityType.GPE), new("الإمارات", "uae", EntityType.GPE),
        new("روسيا", "russia", EntityType.GPE), new("تركيا", "turkey", EntityType.GPE), new("ليبيا", "libya", EntityType.GPE),
        new("إيطاليا", "italy", EntityType.GPE), new("سوريا", "syria", EntityType.GPE), new("القاهرة", "cairo", EntityType.GPE),
        new("باريس", "paris", EntityType.GPE), new("موسكو", "moscow", EntityType.GPE), new("أنقرة", "ankara", EntityType.GPE),
        new("طرابلس", "tripoli", EntityType.GPE), new("واشنطن", "washington", EntityType.GPE), new("ترهونة", "tarhuna", EntityType.LOC),
        new("الجزائر", "algeria", EntityType.GPE), new("تونس", "tunisia", EntityType.GPE), new("بنغازي", "benghazi", EntityType.GPE),
        new("عبد الفتاح السيسي", "sisi", EntityType.PER), new("السيسي", "sisi", EntityType.PER),
        new("إيمانويل ماكرون", "macron", EntityType.PER), new("ماكرون", "macron", EntityType.PER),
        new("خليفة حفتر", "haftar", EntityType.PER), new("صدام حفتر", "saddam", EntityType.PER), new("حفتر", "haftar", EntityType.PER),
        new("فائز السراج", "sarraj", EntityType.PER), new("السراج", "sarraj", EntityType.PER),
        new("سيرجي شويغو", "shoigu", EntityType.PER), new("شويغو", "shoigu", EntityType.PER),
        new("رجب طيب أردوغان", "erdogan", EntityType.PER), new("أردوغان", "erdogan", EntityType.PER), new("بوتين", "putin", EntityType.PER),
        new("عباس كامل", "kamel", EntityType.PER), new("أحمد فتحي", "fathi", EntityType.PER), new("سامح شكري", "shoukry", EntityType.PER),
        new("حكومة الوفاق", "gna", EntityType.ORG), new("الجيش الوطني الليبي", "lna", EntityType.ORG), new("مجموعة فاغنر", "wagner", EntityType.ORG),
        new("فاغنر", "wagner", EntityType.ORG), new("الأمم المتحدة", "un", EntityType.ORG), new("داعش", "isis", EntityType.ORG),
        new("المخابرات العامة", "gis", EntityType.ORG), new("حلف الناتو", "nato", EntityType.ORG), new("رويترز", "reuters", EntityType.ORG),
        new("الجيش المصري", "egypt_army", EntityType.ORG), new("الشرطة", "police", EntityType.ORG),
        new("رافال", "rafale", EntityType.MISC),
        // generic actors (DESIGN.md "Generic actors"), as the mention stage gives them
        new("مسلحون", "gunmen", EntityType.PER, Sector: "UAF"), new("مسلحين", "gunmen", EntityType.PER, Sector: "UAF"),
        new("المتظاهرون", "protesters", EntityType.PER, Sector: "OPP"), new("المتظاهرين", "protesters", EntityType.PER, Sector: "OPP"),
        new("آلاف الطلاب", "students", EntityType.PER, Sector: "EDU"), new("قوات الأمن", "security_forces", EntityType.ORG, Sector: "COP"),
        new("مدنيين", "civilians", EntityType.PER, Sector: "CVL"),
        new("المصري", "egypt", EntityType.GPE, true), new("المصرية", "egypt", EntityType.GPE, true), new("المصريين", "egypt", EntityType.GPE, true),
        new("مصرية", "egypt", EntityType.GPE, true),
        new("الفرنسي", "france", EntityType.GPE, true), new("الفرنسية", "france", EntityType.GPE, true),
        new("الروسي", "russia", EntityType.GPE, true), new("الروسية", "russia", EntityType.GPE, true),
        new("التركي", "turkey", EntityType.GPE, true), new("التركية", "turkey", EntityType.GPE, true),
        new("الليبي", "libya", EntityType.GPE, true), new("الليبية", "libya", EntityType.GPE, true), new("الليبيين", "libya", EntityType.GPE, true),
        new("الإيطالي", "italy", EntityType.GPE, true), new("الإيطالية", "italy", EntityType.GPE, true),
        new("الإماراتي", "uae", EntityType.GPE, true), new("الإماراتية", "uae", EntityType.GPE, true),
        new("الجزائري", "algeria", EntityType.GPE, true), new("الجزائرية", "algeria", EntityType.GPE, true),
    ];

    private static readonly string s_clitics = "وفبلك";

    public static Document Build(string text, string? published = null)
    {
        var doc = new Document("t", text);
        if (published is not null && PartialDate.TryParse(published, out var p)) doc.Published = p;
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        var entities = new Dictionary<string, Entity>();
        var taken = new List<TextSpan>();
        foreach (var name in Gazetteer.OrderByDescending(n => n.Surface.Length))
        {
            for (int at = text.IndexOf(name.Surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name.Surface, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + name.Surface.Length);
                if (!WordBounded(text, span) || taken.Exists(t => t.Overlaps(span))) continue;
                taken.Add(span);
                if (!entities.TryGetValue(name.Key, out var e))
                {
                    e = new Entity("e" + (entities.Count + 1), name.Type, name.Surface)
                    {
                        NameEn = name.Key, Kind = name.Sector is null ? EntityKind.Named : EntityKind.Generic, Sector = name.Sector,
                    };
                    entities[name.Key] = e;
                    doc.Entities.Add(e);
                }
                var m = new Mention(span, name.Type, "rule") { Nisba = name.Nisba, Entity = e };
                e.Mentions.Add(m);
                doc.Mentions.Add(m);
            }
        }
        doc.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return doc;
    }

    private static bool WordBounded(string text, TextSpan s)
    {
        if (s.End < text.Length && char.IsLetter(text[s.End])) return false;
        int b = s.Start;
        while (b > 0 && b > s.Start - 2 && s_clitics.Contains(text[b - 1])) b--;
        return b == 0 || !char.IsLetter(text[b - 1]);
    }

    private static readonly EventStage s_stage = MarsadPipeline.Events(TestPipeline.Resources);

    public static Document Run(string text, string? published = null)
    {
        var doc = Build(text, published);
        s_stage.Process(doc);
        return doc;
    }

    /// <summary>"TYPE src+src>tgt" with entity keys, for compact assertions.</summary>
    public static string Describe(Event e) =>
        $"{e.Type} {string.Join("+", e.Sources.Select(s => s.NameEn))}>{string.Join("+", e.Targets.Select(t => t.NameEn))}";

    public static List<string> Events(string text, string? published = null) => Run(text, published).Events.Select(Describe).ToList();

    /// <summary>The whole reading of an event: "TYPE src>tgt modality [value unit …]".</summary>
    public static string DescribeAll(Event e) =>
        $"{Describe(e)} {e.Modality.ToString().ToLowerInvariant()}{string.Concat(e.Quantities.Select(q => $" {q.Value} {q.Unit}"))}";

    public static List<string> EventsInFull(string text) => Run(text).Events.Select(DescribeAll).ToList();
}
