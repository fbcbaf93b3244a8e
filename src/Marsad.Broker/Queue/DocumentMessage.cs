using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Core.Model;

namespace Marsad.Broker.Queue;

/// <summary>
/// A document as it travels through the queue: what the readers produced (id, text and metadata),
/// before any extraction, as UTF-8 JSON. The worker rebuilds the <see cref="Document"/> from it.
/// </summary>
public sealed record DocumentMessage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("title")] string? Title = null,
    [property: JsonPropertyName("published")] string? Published = null,
    [property: JsonPropertyName("url")] string? Url = null,
    [property: JsonPropertyName("outlet")] string? Outlet = null,
    [property: JsonPropertyName("origin")] string? Origin = null)
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static DocumentMessage Of(Document d) => new(d.Id, d.Text, d.Title, d.Published?.ToString(), d.Url, d.Outlet, d.Origin);

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>Reads a message body; throws <see cref="InvalidDataException"/> with the reason when it isn't a document.</summary>
    public static DocumentMessage Parse(ReadOnlySpan<byte> body)
    {
        DocumentMessage? m;
        try { m = JsonSerializer.Deserialize<DocumentMessage>(body, Options); }
        catch (JsonException ex) { throw new InvalidDataException("not a Marsad document message: " + ex.Message, ex); }
        if (m is null || string.IsNullOrEmpty(m.Id)) throw new InvalidDataException("document message without an id");
        if (string.IsNullOrWhiteSpace(m.Text)) throw new InvalidDataException($"document {m.Id} has no text");
        return m;
    }

    public Document ToDocument()
    {
        var d = new Document(Id, Text) { Title = Title, Url = Url, Outlet = Outlet, Origin = Origin };
        if (PartialDate.TryParse(Published, out var p)) d.Published = p;
        return d;
    }
}
