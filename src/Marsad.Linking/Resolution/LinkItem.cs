using Marsad.Knowledge.Matching;
using Marsad.Core.Model;
using Marsad.Knowledge.Model;
using Marsad.Linking.Candidates;

namespace Marsad.Linking.Resolution;

/// <summary>One mention on its way to an entity: its cleaned name, the knowledge-base entry it
/// resolved to (a capital acting becomes its state, a nisba its state), its type and its group.</summary>
internal sealed class LinkItem(Mention mention, MentionForm form)
{
    public Mention Mention { get; } = mention;
    public MentionForm Form { get; } = form;
    /// <summary>The name as used for matching and display (the form as written, or without its proclitic when that matched).</summary>
    public string Name { get; set; } = form.Text;
    public KbEntry? Entry { get; set; }
    public EntityType Type { get; set; } = mention.Type;
    /// <summary>Items with the same group become one entity.</summary>
    public string? Group { get; set; }
    public int Start => Mention.Span.Start;

    public List<string> Words => _words ??= Marsad.Text.Names.NameKeys.Words(Name);
    private List<string>? _words;

    public void Rename(string name) { Name = name; _words = null; }
}
