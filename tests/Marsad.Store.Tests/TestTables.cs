using Marsad.Core;

namespace Marsad.Store.Tests;

/// <summary>The store's tables of the checkout's data folder, loaded once for every test.</summary>
internal static class TestTables
{
    private static readonly Lazy<StoreTables> s_tables = new(() => StoreTables.Load(DataFolder.Locate()));

    public static StoreTables Value => s_tables.Value;
}
