using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Text;
using Marsad.Tests.Shared;

namespace Marsad.Linking.Tests;

/// <summary>Hand-built documents: real tokens and sentences from the text stage, mentions placed by hand.</summary>
internal static class Docs
{
    public static Document Make(string text)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        return doc;
    }

    /// <summary>A sentence through the real text, mention and linking stages.</summary>
    public static Document Linked(string text)
    {
        var doc = Make(text);
        MarsadPipeline.Mentions(TestPipeline.Resources).Process(doc);
        MarsadPipeline.Linking(TestPipeline.Resources).Process(doc);
        return doc;
    }

    /// <summary>The span of the <paramref name="occurrence"/>-th occurrence of <paramref name="name"/>.</summary>
    public static TextSpan Find(Document doc, string name, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = doc.Text.IndexOf(name, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{name}' #{occurrence} not in '{doc.Text}'");
        }
        return new TextSpan(at, at + name.Length);
    }

    /// <summary>Adds a mention for every occurrence of each name, in text order.</summary>
    public static Document With(this Document doc, EntityType type, params string[] names)
    {
        foreach (var name in names)
        {
            int at = -1;
            while ((at = doc.Text.IndexOf(name, at + 1, StringComparison.Ordinal)) >= 0)
            {
                var span = new TextSpan(at, at + name.Length);
                // a name inside a longer mention already placed is not a mention of its own
                if (doc.Mentions.Any(m => m.Span.Contains(span))) continue;
                doc.Mentions.RemoveAll(m => span.Contains(m.Span));
                doc.Mentions.Add(new Mention(span, type, "test"));
            }
        }
        doc.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return doc;
    }
}
