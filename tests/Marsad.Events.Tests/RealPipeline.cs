using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Tests.Shared;

namespace Marsad.Events.Tests;

/// <summary>
/// Sentences through the whole extraction pipeline (text, mentions with the trained tagger, the knowledge
/// base and the generic-actor finder, linking, events), as <c>marsad extract</c> runs them: for the
/// constructions whose actors only the real mention and linking stages give (affiliations, unknown names).
/// </summary>
public static class RealPipeline
{
    public static Document Run(string text, string? published = null)
    {
        var doc = new Document("t", text);
        if (published is not null && PartialDate.TryParse(published, out var p)) doc.Published = p;
        return TestPipeline.Pipeline.Process(doc);
    }

    /// <summary>An entity as the tests name it: its English name (a generic actor's gloss with its owner: "police (Egypt)").</summary>
    public static string Name(Entity e) => e.NameEn ?? e.Name;

    /// <summary>"sources>targets" of the event whose trigger is <paramref name="trigger"/>.</summary>
    public static string Sides(Document doc, string trigger)
    {
        var ev = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == trigger);
        return $"{string.Join("+", ev.Sources.Select(Name))}>{string.Join("+", ev.Targets.Select(Name))}";
    }
}
