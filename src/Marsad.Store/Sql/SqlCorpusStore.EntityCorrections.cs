using System.Globalization;
using Marsad.Core.Model;

namespace Marsad.Store.Sql;

/// <summary>
/// The analyst's corrections of entities: merge two into one (undone: split again), fix a type or an English
/// name. They are kept in the corrections table by entity key, never written over what extraction stored; the
/// derived columns of entities (merged_into, fixed_*, group_*) are rebuilt from the corrections not undone after
/// every correction and every ingest, so an entity stored again under a new row id is corrected again.
/// </summary>
internal abstract partial class SqlCorpusStore
{
    /// <summary>
    /// An entity's key in a correction: its knowledge-base id, else its resolver key (type and normalised name). A generic
    /// actor's resolver key ends in its owner's row id, which changes when the owner is stored again (its last document
    /// replaced), so its key names the owner by the owner's own key instead: generic:TYPE:SECTOR@kb:Q79.
    /// </summary>
    private static (string Key, string Name)? EntityKey(Db db, long id)
    {
        if (db.Query("SELECT kb, name_key, name, kind, affiliation FROM entities WHERE id = @id",
                r => (Kb: r.N(0), NameKey: r.S(1), Name: r.S(2), Kind: r.S(3), Owner: r.NL(4)), ("id", id)) is not [var e]) return null;
        if (e.Kb is { } kb) return ("kb:" + kb, e.Name);
        if (e.Kind != EntityKinds.Generic) return ("key:" + e.NameKey, e.Name);
        var owner = e.Owner is { } o ? EntityKey(db, o)?.Key : null;
        return ($"{GenericGroup(e.NameKey)}@{owner ?? "-"}", e.Name);
    }

    /// <summary>A generic actor's resolver key without its owner's row id: generic:TYPE:SECTOR (or the role's name).</summary>
    private static string GenericGroup(string nameKey) => nameKey[..nameKey.LastIndexOf(':')];

    /// <summary>The entity rows a key names, most mentioned first.</summary>
    private static List<long> IdsOfKey(Db db, string key)
    {
        if (key.StartsWith("kb:", StringComparison.Ordinal))
            return db.Query("SELECT id FROM entities WHERE kb = @v", r => r.L(0), ("v", key[3..]));
        if (key.StartsWith("key:", StringComparison.Ordinal))
            return db.Query("SELECT id FROM entities WHERE name_key = @v ORDER BY mentions DESC, id", r => r.L(0), ("v", key[4..]));
        // generic:TYPE:SECTOR@OWNER: the group's rows whose owner the owner's key names now
        int at = key.IndexOf('@');
        string group = key[..at], owner = key[(at + 1)..];
        var owners = owner == "-" ? [] : IdsOfKey(db, owner).ToHashSet();
        return db.Query("SELECT id, name_key, affiliation FROM entities WHERE kind = 'generic' AND name_key LIKE @p ESCAPE '\\' ORDER BY mentions DESC, id",
                r => (Id: r.L(0), NameKey: r.S(1), Owner: r.NL(2)), ("p", EscapeLike(group) + ":%"))
            .Where(r => GenericGroup(r.NameKey) == group && (owner == "-" ? r.Owner is null : r.Owner is { } o && owners.Contains(o)))
            .Select(r => r.Id).ToList();
    }

    /// <summary>The entity an id now stands for: itself, or the entity it was merged into.</summary>
    private static long Canonical(Db db, long id) => db.ScalarLong("SELECT merged_into FROM entities WHERE id = @id", ("id", id)) ?? id;

    /// <summary>An entity and every entity merged into it (a comma-separated list of ids for SQL).</summary>
    private static string MembersSql(Db db, long canonical) =>
        string.Join(",", db.Query("SELECT id FROM entities WHERE merged_into = @id", r => r.L(0), ("id", canonical))
            .Prepend(canonical).Select(i => i.ToString(CultureInfo.InvariantCulture)));

    public Correction? MergeEntities(long entityId, long intoId, string author, string? reason = null) => Write(db =>
    {
        BeginWrite(db);
        long from = Canonical(db, entityId), into = Canonical(db, intoId);
        if (EntityKey(db, from) is not { } source || EntityKey(db, into) is not { } target) { db.Commit(); return null; }
        if (from == into) throw new ArgumentException($"'{source.Name}' and '{target.Name}' are already one entity");
        var kinds = db.Query($"SELECT DISTINCT kind FROM entities WHERE id IN ({from}, {into})", r => r.S(0));
        if (kinds.Count > 1) throw new ArgumentException("a generic actor (police, gunmen …) cannot be merged with a named entity");
        var c = AddCorrection(db, CorrectionActions.MergeEntities, source.Key, $"{source.Name} → {target.Name}", target.Key, author, reason);
        ApplyEntityCorrections(db);
        db.Commit();
        return c;
    });

    public Correction? SetEntityType(long entityId, string type, string author, string? reason = null)
    {
        if (!EntityTypes.TryParse(type, out var t)) throw new ArgumentException($"unknown entity type '{type}' (PER, ORG, GPE, LOC, MISC)");
        return FixEntity(entityId, CorrectionActions.SetType, t.ToString(), author, reason);
    }

    public Correction? SetEntityNameEn(long entityId, string nameEn, string author, string? reason = null)
    {
        var name = nameEn.Trim();
        if (name.Length is 0 or > 200) throw new ArgumentException("an English name must have 1 to 200 characters");
        return FixEntity(entityId, CorrectionActions.SetNameEn, name, author, reason);
    }

    private Correction? FixEntity(long entityId, string action, string value, string author, string? reason) => Write(db =>
    {
        BeginWrite(db);
        if (EntityKey(db, Canonical(db, entityId)) is not { } entity) { db.Commit(); return null; }
        var c = AddCorrection(db, action, entity.Key, $"{entity.Name}: {value}", value, author, reason);
        ApplyEntityCorrections(db);
        db.Commit();
        return c;
    });

    public IReadOnlyList<Correction> SplitEntity(long entityId, string author) => Write(db =>
    {
        BeginWrite(db);
        // The merges that made this entity's group: those of the entity itself and those into the entity its group is shown as.
        var keys = new[] { entityId, Canonical(db, entityId) }.Distinct().Select(id => EntityKey(db, id)?.Key).OfType<string>().ToList();
        var merges = db.Query("""
            SELECT id, target, value FROM corrections WHERE action = @a AND undone_at IS NULL ORDER BY id
            """, r => (Id: r.L(0), Source: r.S(1), Target: r.S(2)), ("a", CorrectionActions.MergeEntities))
            .Where(m => keys.Contains(m.Source) || keys.Contains(m.Target)).ToList();
        var undone = merges.Select(m => UndoCorrection(db, m.Id, author)!).ToList();
        if (undone.Count > 0) ApplyEntityCorrections(db);
        db.Commit();
        return (IReadOnlyList<Correction>)undone;
    });

    // Undoing the last one already cleared the derived columns.
    private static bool AnyEntityCorrections(Db db) =>
        db.Scalar("SELECT 1 FROM corrections WHERE undone_at IS NULL AND action <> @a LIMIT 1", ("a", CorrectionActions.FlagEvent)) is not null;

    /// <summary>
    /// Rebuilds the derived columns of entities from the entity corrections not undone, oldest first (inside the
    /// caller's transaction): a later fix of one field wins; merges chain (A into B, B into C: A shows as C); a merge
    /// that would close a cycle is left out.
    /// </summary>
    private static void ApplyEntityCorrections(Db db)
    {
        db.Execute("""
            UPDATE entities SET merged_into = NULL, fixed_type = NULL, fixed_name_en = NULL, group_documents = NULL, group_mentions = NULL
            WHERE merged_into IS NOT NULL OR fixed_type IS NOT NULL OR fixed_name_en IS NOT NULL OR group_documents IS NOT NULL
            """);
        var active = db.Query("SELECT action, target, value FROM corrections WHERE undone_at IS NULL AND action <> @a ORDER BY id",
            r => (Action: r.S(0), Target: r.S(1), Value: r.N(2)), ("a", CorrectionActions.FlagEvent));
        var parent = new Dictionary<long, long>();
        foreach (var c in active)
        {
            var ids = IdsOfKey(db, c.Target);
            if (ids.Count == 0 || c.Value is null) continue;
            var list = string.Join(",", ids);
            switch (c.Action)
            {
                case CorrectionActions.SetType: db.Execute($"UPDATE entities SET fixed_type = @v WHERE id IN ({list})", ("v", c.Value)); break;
                case CorrectionActions.SetNameEn: db.Execute($"UPDATE entities SET fixed_name_en = @v WHERE id IN ({list})", ("v", c.Value)); break;
                case CorrectionActions.MergeEntities:
                    if (IdsOfKey(db, c.Value) is not [var into, ..]) break;
                    foreach (var id in ids.Where(i => i != into)) parent[id] = into;
                    break;
            }
        }
        foreach (var id in parent.Keys)
        {
            var root = id;
            var seen = new HashSet<long> { id };
            while (parent.TryGetValue(root, out var next) && seen.Add(next)) root = next;
            if (parent.ContainsKey(root) || root == id) continue; // a cycle: left unmerged
            db.Execute("UPDATE entities SET merged_into = @root WHERE id = @id", ("root", root), ("id", id));
        }
        db.Execute("""
            UPDATE entities SET
              group_documents = (SELECT COUNT(DISTINCT de.doc) FROM doc_entities de
                WHERE de.entity_id = entities.id OR de.entity_id IN (SELECT m.id FROM entities m WHERE m.merged_into = entities.id)),
              group_mentions = mentions + (SELECT COALESCE(SUM(m.mentions), 0) FROM entities m WHERE m.merged_into = entities.id)
            WHERE id IN (SELECT merged_into FROM entities WHERE merged_into IS NOT NULL)
            """);
    }
}
