namespace Marsad.Store;
/// <summary>Corpus store (built by the corpus issue).</summary>
public static class StoreInfo { public const string DefaultFile = "marsad.db"; }
