namespace Marsad.Store.Export;

/// <summary>CAMEO codes for PLOVER types when the extractor gave none.</summary>
public static class Cameo
{
    /// <summary>The CAMEO root code (two digits) closest to each PLOVER type.</summary>
    public static string DefaultCode(string plover) => plover switch
    {
        "AGREE" => "05", "CONSULT" => "04", "SUPPORT" => "05", "CONCEDE" => "08", "COOPERATE" => "06", "AID" => "07",
        "RETREAT" => "08", "REQUEST" => "02", "ACCUSE" => "11", "REJECT" => "12", "THREATEN" => "13", "PROTEST" => "14",
        "SANCTION" => "16", "MOBILIZE" => "15", "COERCE" => "17", "ASSAULT" => "18", _ => "",
    };
}
