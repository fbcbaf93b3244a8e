using Marsad.Core.Model;
using Marsad.Text;

namespace Marsad.Web.Tests;

/// <summary>
/// Short articles written for these tests and annotated by hand (entities, events, roles), so
/// the pages and routes are tested on known annotations whatever the extraction stages find.
/// </summary>
public static class AnnotatedCorpus
{
    public static IEnumerable<Document> Documents()
    {
        var a = new Builder("fixture-cairo-meeting", "2019-04-15", "وكالة الاختبار",
            "التقى الرئيس المصري عبد الفتاح السيسي المشير خليفة حفتر في القاهرة أمس. "
            + "واتهمت تركيا قوات حفتر بمهاجمة طرابلس، بحسب مصادر دبلوماسية.");
        var sisi = a.Entity(EntityType.PER, "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", null, "عبد الفتاح السيسي");
        var haftar = a.Entity(EntityType.PER, "خليفة حفتر", "Khalifa Haftar", null, "خليفة حفتر", "حفتر");
        var egypt = a.Entity(EntityType.GPE, "مصر", "Egypt", "Q79", "المصري");
        var cairo = a.Entity(EntityType.LOC, "القاهرة", "Cairo", "Q85", "القاهرة");
        var turkey = a.Entity(EntityType.GPE, "تركيا", "Turkey", "Q43", "تركيا");
        var tripoli = a.Entity(EntityType.LOC, "طرابلس", "Tripoli", "Q3579", "طرابلس");
        a.Event(EventType.CONSULT, "التقى", [sisi], [haftar], "2019-04-14", Modality.Asserted, location: cairo, mode: "meeting");
        a.Event(EventType.ACCUSE, "واتهمت", [turkey], [haftar], "2019-04-14", Modality.Reported, attribution: "مصادر دبلوماسية");
        a.Event(EventType.ASSAULT, "بمهاجمة", [haftar], [tripoli], null, Modality.Reported, attribution: "مصادر دبلوماسية");
        a.Relation(RelationType.ROLE, sisi, egypt, "الرئيس", "president");
        yield return a.Build();

        var b = new Builder("fixture-rafale-deal", "2015-02-16", "وكالة الاختبار",
            "وقعت فرنسا ومصر اتفاقاً لتوريد 24 طائرة رافال إلى القاهرة. "
            + "وأعلن الرئيس عبد الفتاح السيسي دعمه للمشير حفتر.");
        var france = b.Entity(EntityType.GPE, "فرنسا", "France", "Q142", "فرنسا");
        var egypt2 = b.Entity(EntityType.GPE, "مصر", "Egypt", "Q79", "ومصر");
        b.Entity(EntityType.LOC, "القاهرة", "Cairo", "Q85", "القاهرة");
        var sisi2 = b.Entity(EntityType.PER, "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", null, "عبد الفتاح السيسي");
        var haftar2 = b.Entity(EntityType.PER, "خليفة حفتر", "Khalifa Haftar", null, "حفتر");
        b.Event(EventType.AGREE, "وقعت", [france], [egypt2], "2015-02-16", Modality.Asserted, mode: "military");
        b.Event(EventType.SUPPORT, "دعمه", [sisi2], [haftar2], "2015-02", Modality.Asserted);
        yield return b.Build();

        // Another outlet, the next day: Haftar's forces deny the attack on Tripoli the first article reports (a contested claim).
        var c = new Builder("fixture-tripoli-denial", "2019-04-16", "وكالة ثانية",
            "ونفت قوات حفتر أي هجوم على طرابلس، ووصفت الاتهامات التركية بأنها كاذبة ولا أساس لها.");
        var haftar3 = c.Entity(EntityType.PER, "خليفة حفتر", "Khalifa Haftar", null, "حفتر");
        var tripoli3 = c.Entity(EntityType.LOC, "طرابلس", "Tripoli", "Q3579", "طرابلس");
        c.Event(EventType.ASSAULT, "هجوم", [haftar3], [tripoli3], null, Modality.Denied);
        yield return c.Build();
    }

    private sealed class Builder(string id, string published, string outlet, string text)
    {
        private readonly Document _doc = Create(id, published, outlet, text);

        private static Document Create(string id, string published, string outlet, string text)
        {
            var doc = new Document(id, text) { Outlet = outlet, Title = text[..text.IndexOf(' ', 30)] };
            PartialDate.TryParse(published, out var p);
            doc.Published = p;
            new TextStage(LanguageResources.Compiled.Words).Process(doc);
            return doc;
        }

        /// <summary>An entity mentioned wherever each surface form occurs in the text.</summary>
        public Entity Entity(EntityType type, string name, string nameEn, string? kb, params string[] surfaces)
        {
            var e = new Entity($"e{_doc.Entities.Count + 1}", type, name) { NameEn = nameEn, Kb = kb };
            foreach (var surface in surfaces)
                for (int at = _doc.Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = _doc.Text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
                {
                    if (_doc.Mentions.Any(m => m.Span.Overlaps(new TextSpan(at, at + surface.Length)))) continue;
                    var m = new Mention(new TextSpan(at, at + surface.Length), type, "test") { Entity = e, KbId = kb, Nisba = surface == "المصري" };
                    _doc.Mentions.Add(m);
                    e.Mentions.Add(m);
                }
            if (e.Mentions.Count == 0) throw new ArgumentException($"'{surfaces[0]}' is not in {id}");
            _doc.Entities.Add(e);
            return e;
        }

        public void Event(EventType type, string trigger, Entity[] sources, Entity[] targets, string? date, Modality modality,
            Entity? location = null, string? attribution = null, string? mode = null)
        {
            int at = _doc.Text.IndexOf(trigger, StringComparison.Ordinal);
            var ev = new Event(type, new TextSpan(at, at + trigger.Length), Sentence(at)) { Modality = modality, Location = location, Mode = mode, Confidence = 0.9 };
            ev.Sources.AddRange(sources);
            ev.Targets.AddRange(targets);
            if (date is not null && PartialDate.TryParse(date, out var d)) ev.Date = new EventDate(d);
            if (attribution is not null)
            {
                int a = _doc.Text.IndexOf(attribution, StringComparison.Ordinal);
                ev.Attribution = new Attribution(null, attribution, new TextSpan(a, a + attribution.Length));
            }
            _doc.Events.Add(ev);
        }

        public void Relation(RelationType type, Entity subject, Entity obj, string label, string labelEn)
        {
            int at = _doc.Text.IndexOf(label, StringComparison.Ordinal);
            _doc.Relations.Add(new Relation(type, subject, obj, label, Sentence(at)) { LabelEn = labelEn });
        }

        private TextSpan Sentence(int offset)
        {
            var i = _doc.SentenceIndexAt(offset);
            return i >= 0 ? _doc.Sentences[i].Span : new TextSpan(0, _doc.Text.Length);
        }

        public Document Build() => _doc;
    }
}
