using System.Globalization;
using Marsad.Core.Model;
using Marsad.Linking;
using Marsad.Text.Names;

namespace Marsad.Store.Sql;

/// <summary>
/// Resolves a document's entities to corpus entities with linking's rule (<see cref="EntityResolver"/>) in a
/// few statements per document instead of several per entity: the candidate rows of all its entities are read
/// at once, the rule runs in memory over them (kept up to date with what the document itself adds and
/// changes), and the new entities are inserted together. The outcome is the one entity-by-entity resolution
/// gives: named entities first, then generic actors grouped by their affiliation's corpus entity.
/// </summary>
internal static class CorpusEntities
{
    private sealed class Row
    {
        public long Id;
        public int Order; // creation order of a new row: its id is larger than every stored one
        public bool IsNew, Changed;
        public string? Kb, NameEn;
        public required string Name, Type, Key, Block;
        public int Mentions;
        public string? Sector;
        public long? Affiliation;
    }

    public static Dictionary<Entity, long> Resolve(Db db, IReadOnlyList<Entity> entities)
    {
        var ids = new Dictionary<Entity, long>(ReferenceEqualityComparer.Instance);
        ResolveNamed(db, [.. entities.Where(e => !e.IsGeneric)], ids);
        // Generic actors owned by a named entity (or by none) before those owned by another generic actor.
        ResolveGeneric(db, [.. entities.Where(e => e.IsGeneric && e.Affiliation?.IsGeneric != true)], ids);
        ResolveGeneric(db, [.. entities.Where(e => e.IsGeneric && e.Affiliation?.IsGeneric == true)], ids);
        return ids;
    }

    /// <summary>
    /// The knowledge-base id first; then the exact name key (type and spelling-normalised name); then candidates
    /// sharing the coarse blocking key, most mentioned first, confirmed by <see cref="EntityResolver.SameEntity(Linking.EntityRef, Linking.EntityRef)"/>.
    /// An entity first stored without a KB id adopts the id of a later same-named mention that has one.
    /// </summary>
    private static void ResolveNamed(Db db, List<Entity> named, Dictionary<Entity, long> ids)
    {
        if (named.Count == 0) return;
        var keys = named.Select(e => (Key: EntityResolver.Key(e.Type, e.Name), Block: EntityResolver.BlockingKey(e.Type, e.Name))).ToList();
        var args = new List<(string, object?)>();
        var kbs = named.Where(e => e.Kb is not null).Select(e => e.Kb!).Distinct().ToList();
        var rows = db.Query($"""
            SELECT id, kb, name, name_en, name_key, blocking_key, mentions, type FROM entities
            WHERE kind = 'named' AND (name_key IN ({In(args, "k", keys.Select(k => k.Key))}) OR blocking_key IN ({In(args, "b", keys.Select(k => k.Block))})
              {(kbs.Count > 0 ? $"OR kb IN ({In(args, "kb", kbs)})" : "")})
            """, r => new Row { Id = r.L(0), Kb = r.N(1), Name = r.S(2), NameEn = r.N(3), Key = r.S(4), Block = r.S(5), Mentions = r.I(6), Type = r.S(7) },
            [.. args]);
        var chosen = new Row[named.Count];
        for (int i = 0; i < named.Count; i++)
        {
            var e = named[i];
            var (key, block) = keys[i];
            var row = e.Kb is null ? null : rows.FirstOrDefault(r => r.Kb == e.Kb);
            if (row is null)
            {
                var me = Linking.EntityRef.Of(e);
                var candidates = rows.Where(r => r.Key == key || r.Block == block)
                    .OrderByDescending(r => r.Mentions).ThenBy(r => r.IsNew).ThenBy(r => r.IsNew ? r.Order : r.Id).ToList();
                row = candidates.FirstOrDefault(c => (c.Kb is null || e.Kb is null) && c.Key == key)
                    ?? candidates.FirstOrDefault(c => EntityResolver.SameEntity(new Linking.EntityRef(c.Kb, e.Type, c.Name), me));
                if (row is not null && row.Kb is null && e.Kb is not null) { row.Kb = e.Kb; row.Changed = true; }
            }
            if (row is null)
            {
                row = new Row { IsNew = true, Order = i, Kb = e.Kb, Name = e.Name, NameEn = e.NameEn, Type = e.Type.ToString(), Key = key, Block = block };
                rows.Add(row);
            }
            else if (row.NameEn is null && e.NameEn is not null) { row.NameEn = e.NameEn; row.Changed = true; }
            chosen[i] = row;
        }
        var inserted = rows.Where(r => r.IsNew).OrderBy(r => r.Order).ToList();
        foreach (var r in rows.Where(r => r.Changed && !r.IsNew))
            db.Defer("UPDATE entities SET kb = @kb, name_en = @en WHERE id = @id", ("kb", r.Kb), ("en", r.NameEn), ("id", r.Id));
        Insert(db, inserted, r => ("INSERT INTO entities(kb, type, name, name_en, name_key, blocking_key) VALUES (@kb, @t, @n, @en, @k, @b) RETURNING id",
            [("kb", r.Kb), ("t", r.Type), ("n", r.Name), ("en", r.NameEn), ("k", r.Key), ("b", r.Block)]));
        for (int i = 0; i < named.Count; i++) ids[named[i]] = chosen[i].Id;
    }

    /// <summary>
    /// A generic actor (DESIGN.md, "Generic actors") is never merged into a named entity: across documents
    /// the generic actors of one type, sector and affiliation (the corpus entity it resolved to) are one
    /// entity: "جنود مصريون" and "الجنود المصريين" in two articles are one Egyptian MIL actor. Without a sector
    /// the role itself is all that says what they are, so its spelling-normalised name joins the key
    /// (sources are not members). Every spelling is an alias; the group is named by the first of its names in
    /// ordinal order, with that name's English, so that its name does not depend on the order of ingest.
    /// </summary>
    private static void ResolveGeneric(Db db, List<Entity> generic, Dictionary<Entity, long> ids)
    {
        if (generic.Count == 0) return;
        var affiliations = generic.Select(e => e.Affiliation is { } a && ids.TryGetValue(a, out var id) ? id : (long?)null).ToList();
        var keys = generic.Select((e, i) => string.Join(':', "generic", e.Type, e.Sector ?? ("-" + NameKeys.Normal(e.Name)),
            affiliations[i]?.ToString(CultureInfo.InvariantCulture) ?? "-")).ToList();
        var args = new List<(string, object?)>();
        var rows = db.Query($"SELECT id, name, name_en, name_key FROM entities WHERE kind = 'generic' AND name_key IN ({In(args, "k", keys)})",
            r => new Row { Id = r.L(0), Name = r.S(1), NameEn = r.N(2), Key = r.S(3), Block = r.S(3), Type = "" }, [.. args]);
        var chosen = new Row[generic.Count];
        for (int i = 0; i < generic.Count; i++)
        {
            var e = generic[i];
            if (rows.Where(r => r.Key == keys[i]).ToList() is [var g])
            {
                if (string.CompareOrdinal(e.Name, g.Name) < 0 || (e.Name == g.Name && g.NameEn is null))
                {
                    g.Name = e.Name;
                    g.NameEn = e.NameEn;
                    g.Changed = true;
                }
                chosen[i] = g;
                continue;
            }
            chosen[i] = new Row { IsNew = true, Order = i, Name = e.Name, NameEn = e.NameEn, Type = e.Type.ToString(), Key = keys[i], Block = keys[i], Sector = e.Sector, Affiliation = affiliations[i] };
            rows.Add(chosen[i]);
        }
        foreach (var r in rows.Where(r => r.Changed && !r.IsNew))
            db.Defer("UPDATE entities SET name = @n, name_en = @en WHERE id = @id", ("n", r.Name), ("en", r.NameEn), ("id", r.Id));
        Insert(db, [.. rows.Where(r => r.IsNew).OrderBy(r => r.Order)], r => ("""
            INSERT INTO entities(kb, type, name, name_en, name_key, blocking_key, kind, sector, affiliation)
            VALUES (NULL, @t, @n, @en, @k, @k, 'generic', @s, @a) RETURNING id
            """, [("t", r.Type), ("n", r.Name), ("en", r.NameEn), ("k", r.Key), ("s", r.Sector), ("a", r.Affiliation)]));
        for (int i = 0; i < generic.Count; i++) ids[generic[i]] = chosen[i].Id;
    }

    /// <summary>Inserts new rows in creation order, all in one round trip, and gives them their ids.</summary>
    private static void Insert(Db db, List<Row> rows, Func<Row, (string, (string, object?)[])> statement)
    {
        var newIds = db.ScalarLongs([.. rows.Select(statement)]);
        for (int i = 0; i < rows.Count; i++) rows[i].Id = newIds[i];
    }

    /// <summary>Parameter placeholders for an IN list, added to <paramref name="args"/>.</summary>
    private static string In(List<(string, object?)> args, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var v in values.Distinct())
        {
            names.Add($"@{prefix}{names.Count}");
            args.Add(($"{prefix}{names.Count - 1}", v));
        }
        return string.Join(",", names);
    }
}
