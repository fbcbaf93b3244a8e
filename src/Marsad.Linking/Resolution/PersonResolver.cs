using Marsad.Text.Names;

namespace Marsad.Linking.Resolution;

/// <summary>
/// Groups a document's person mentions into people. Full names (two words or more) form the
/// people: the same knowledge-base entry, the same name up to spelling, or a fuller form of it
/// (صدام حفتر = صدام خليفة حفتر). Family members stay apart because their given names differ
/// (محمود السيسي ≠ عبد الفتاح السيسي، صدام حفتر ≠ خليفة حفتر). A name of one word then joins:
/// the person whose surname it is (السيسي); when several people share that surname, the one
/// the knowledge base gives for the bare surname, else the one named most recently before it,
/// else the most frequent; failing a surname, the one person with that given name (unambiguous);
/// failing that, its knowledge-base entry; else it is a person of its own.
/// </summary>
internal static class PersonResolver
{
    private sealed class Person(string group, List<string> words)
    {
        public string Group { get; } = group;
        public List<List<string>> Names { get; } = [words];
        public List<int> Starts { get; } = [];
        public string? KbId { get; init; }
    }

    public static void Resolve(IReadOnlyList<LinkItem> persons)
    {
        var people = new List<Person>();
        foreach (var item in persons.Where(p => p.Words.Count >= 2)) Add(people, item);
        int own = 0;
        var singles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in persons.Where(p => p.Words.Count < 2))
        {
            var person = ForPartial(people, item);
            if (person is null && item.Entry is null && item.Form.Stripped is { } stripped)
            {
                // وحرشاوي: a conjunction the mention kept, when the rest is a surname seen here
                var written = item.Name;
                item.Rename(stripped);
                person = ForPartial(people, item);
                if (person is null) item.Rename(written);
            }
            if (person is not null) { item.Group = person.Group; continue; }
            if (item.Entry is not null) { item.Group = "kb:" + item.Entry.Id; continue; }
            var key = NameKeys.Normal(item.Name);
            if (!singles.TryGetValue(key, out var g)) singles[key] = g = "per1:" + own++;
            item.Group = g;
        }
    }

    private static void Add(List<Person> people, LinkItem item)
    {
        Person? person = item.Entry is not null
            ? people.Find(p => p.KbId == item.Entry.Id) ?? people.Find(p => p.KbId is null && SameName(p, item.Words))
            : people.Find(p => SameName(p, item.Words));
        if (person is null)
        {
            person = new Person(item.Entry is not null ? "kb:" + item.Entry.Id : "per:" + people.Count, item.Words) { KbId = item.Entry?.Id };
            if (item.Entry is not null) person.Names.Add(NameKeys.Words(item.Entry.NameAr));
            people.Add(person);
        }
        else if (!person.Names.Exists(n => n.SequenceEqual(item.Words))) person.Names.Add(item.Words);
        person.Starts.Add(item.Start);
        item.Group = person.Group;
    }

    private static bool SameName(Person p, List<string> words) =>
        p.Names.Exists(n => NameSimilarity.Score(n, words) >= NameSimilarity.Threshold || PersonNames.SamePersonFuller(n, words));

    private static Person? ForPartial(List<Person> people, LinkItem item)
    {
        var bySurname = people.FindAll(p => p.Names.Exists(n => PersonNames.MatchPartial(item.Words, n) == PartialMatch.Surname));
        if (bySurname.Count == 1) return bySurname[0];
        if (bySurname.Count > 1)
        {
            if (item.Entry is not null && bySurname.Find(p => p.KbId == item.Entry.Id) is { } known) return known;
            var recent = bySurname
                .Select(p => (Person: p, Last: p.Starts.Where(s => s < item.Start).DefaultIfEmpty(-1).Max()))
                .MaxBy(x => x.Last);
            if (recent.Last >= 0) return recent.Person;
            return bySurname.MaxBy(p => p.Starts.Count);
        }
        if (item.Entry is not null && people.Find(p => p.KbId == item.Entry.Id) is { } same) return same;
        var byGiven = people.FindAll(p => p.Names.Exists(n => PersonNames.MatchPartial(item.Words, n) == PartialMatch.GivenName));
        return byGiven.Count == 1 && item.Entry is null ? byGiven[0] : null;
    }
}
