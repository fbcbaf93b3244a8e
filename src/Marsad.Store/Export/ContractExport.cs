using Marsad.Core.Contract;

namespace Marsad.Store.Export;

/// <summary>JSON Lines in the extraction contract: one stored document per line, as <c>marsad extract</c> writes it.</summary>
public static class ContractExport
{
    public static int WriteJsonl(Stream stream, IEnumerable<DocumentView> documents)
    {
        int n = 0;
        foreach (var d in documents)
        {
            ExtractionJsonWriter.Write(stream, ContractDocument.From(d));
            stream.WriteByte((byte)'\n');
            n++;
        }
        return n;
    }
}
