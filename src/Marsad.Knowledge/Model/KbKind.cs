using Marsad.Core.Model;

namespace Marsad.Knowledge.Model;

/// <summary>What a knowledge-base entry is; decides its default entity type.</summary>
public enum KbKind : byte
{
    /// <summary>A sovereign state or territory with an ISO code (مصر، روسيا).</summary>
    State,
    /// <summary>A capital city; stands for its state's government when it acts (القاهرة، موسكو).</summary>
    Capital,
    /// <summary>A seat of power (الكرملين، البيت الأبيض، الإليزيه); stands for its state when it acts.</summary>
    Seat,
    City,
    /// <summary>An administrative division or geographic region (برقة، الصعيد).</summary>
    Region,
    Person,
    /// <summary>A government or cabinet (حكومة الوفاق الوطني).</summary>
    Government,
    /// <summary>A parliament or council (مجلس النواب الليبي).</summary>
    Legislature,
    /// <summary>A state's armed forces or one of its branches (الجيش المصري).</summary>
    Military,
    /// <summary>A non-state or irregular armed group (داعش، فاغنر، حزب الله).</summary>
    ArmedGroup,
    /// <summary>An intelligence or security agency (المخابرات العامة المصرية).</summary>
    Agency,
    /// <summary>A ministry or other state body.</summary>
    Ministry,
    /// <summary>A news agency, newspaper or broadcaster (رويترز، الجزيرة).</summary>
    Media,
    /// <summary>An international organisation (الأمم المتحدة، الاتحاد الأفريقي).</summary>
    Igo,
    /// <summary>A political party or movement.</summary>
    Party,
    /// <summary>Any other organisation (companies, NGOs).</summary>
    Organization,
    /// <summary>A named agreement or accord (اتفاق الصخيرات); MISC.</summary>
    Agreement,
    /// <summary>A named weapon system (رافال، إس-400); MISC.</summary>
    Weapon,
}

public static class KbKinds
{
    private static readonly Dictionary<string, KbKind> s_byName = Enum.GetValues<KbKind>()
        .ToDictionary(Name, k => k, StringComparer.OrdinalIgnoreCase);

    /// <summary>The data-file spelling: snake_case ("armed_group").</summary>
    public static string Name(KbKind kind) => kind switch
    {
        KbKind.ArmedGroup => "armed_group",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? s, out KbKind kind) => s_byName.TryGetValue(s?.Trim() ?? "", out kind);

    /// <summary>The entity type a mention of this kind gets when nothing in context says otherwise.</summary>
    public static EntityType DefaultType(KbKind kind) => kind switch
    {
        KbKind.State => EntityType.GPE,
        KbKind.Capital or KbKind.Seat or KbKind.City or KbKind.Region => EntityType.LOC,
        KbKind.Person => EntityType.PER,
        KbKind.Agreement or KbKind.Weapon => EntityType.MISC,
        _ => EntityType.ORG,
    };

    /// <summary>Places that stand for their state's government when they act (capitals, seats of power).</summary>
    public static bool StandsForState(KbKind kind) => kind is KbKind.Capital or KbKind.Seat;
}
