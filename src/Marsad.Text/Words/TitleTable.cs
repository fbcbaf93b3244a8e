using Marsad.Text.Data;

namespace Marsad.Text.Words;

/// <summary>Who reads a row of data/text/titles.tsv.</summary>
[Flags]
public enum TitleUse : byte
{
    None = 0,
    /// <summary>A cue word of the NER tagger's features.</summary>
    Ner = 1,
    /// <summary>Stripped from the front of a person's name before matching (Linking).</summary>
    Name = 2,
    /// <summary>A relation cue (ROLE, MEMBER_OF, FAMILY) and the head of a title + name group (Events).</summary>
    Relation = 4,
}

/// <summary>A title as written in the table (words separated by spaces, no leading article), who uses it and, for relations, its kind and label.</summary>
public sealed record Title(string Form, TitleUse Uses, string? RelationKind, string? Label);

/// <summary>The one title table (data/text/titles.tsv) that NER, linking and relations read. Immutable.</summary>
public sealed class TitleTable
{
    public const string File = "titles.tsv";

    public IReadOnlyList<Title> Titles { get; }

    public TitleTable(IEnumerable<LexiconLine> rows)
    {
        var list = new List<Title>();
        foreach (var r in rows)
        {
            var uses = TitleUse.None;
            foreach (var u in LexiconFile.Words(r.Fields[1]))
                uses |= Enum.TryParse<TitleUse>(u, ignoreCase: true, out var v) && v != TitleUse.None ? v : throw r.Error($"unknown use '{u}'");
            string? kind = r.Fields[2] == "-" ? null : r.Fields[2];
            if (kind is not (null or "role" or "rank" or "member" or "family")) throw r.Error($"unknown relation kind '{kind}'");
            if ((kind is null) == ((uses & TitleUse.Relation) != 0)) throw r.Error("a relation row needs a kind and label, and only a relation row has one");
            list.Add(new Title(r.Fields[0], uses, kind, r.Fields[3] == "-" ? null : r.Fields[3]));
        }
        Titles = list;
    }

    /// <summary>The titles one reader uses.</summary>
    public IEnumerable<Title> For(TitleUse use) => Titles.Where(t => (t.Uses & use) != 0);
}
