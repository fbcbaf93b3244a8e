using CodeHollow.FeedReader;
using Marsad.Core.Model;

namespace Marsad.Read.Formats;

/// <summary>
/// Reads an RSS (0.9x, 1.0, 2.0) or Atom feed: one document per item, its text from the item's full
/// content (content:encoded, Atom content) or else its summary, HTML turned into text as for pages.
/// The feed's title is the outlet; an item's link, title and publication date are its metadata. An item
/// without text is reported with its number and the others are kept.
/// </summary>
public static class FeedFileReader
{
    public static IEnumerable<ReadResult> Read(byte[] bytes, string origin, string id)
    {
        Feed feed;
        try { feed = FeedReader.ReadFromByteArray(bytes); }
        // Whatever the feed library throws on a malformed file is a reason to skip that file, never a crash of the batch.
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException))
        {
            return [ReadResult.Fail(origin, "not a readable RSS or Atom feed: " + ex.Message)];
        }
        var outlet = Clean(feed.Title);
        return feed.Items.Select((item, i) => ReadItem(item, i + 1, outlet, origin, id));
    }

    private static ReadResult ReadItem(FeedItem item, int number, string? outlet, string origin, string id)
    {
        var where = $"{origin}#{number}";
        var html = string.IsNullOrWhiteSpace(item.Content) ? item.Description : item.Content;
        var text = string.IsNullOrWhiteSpace(html) ? "" : HtmlArticleExtractor.Extract(html).Text;
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(where, "feed item has no text (neither content nor description)");
        if (text.Length > ReadLimits.MaxDocumentChars) return ReadResult.Fail(where, ReadLimits.TooLong(text.Length));
        var doc = new Document($"{id}-{number}", text)
        {
            Origin = where, Title = Clean(item.Title), Url = Clean(item.Link), Outlet = outlet,
            Published = item.PublishingDate is { } d ? PartialDate.FromDate(DateOnly.FromDateTime(d)) : null,
        };
        string? warning = item.PublishingDate is null && !string.IsNullOrWhiteSpace(item.PublishingDateString)
            ? $"publication date not understood: '{item.PublishingDateString}'" : null;
        return ReadResult.Ok(doc, warning);
    }

    /// <summary>Feed titles may carry HTML entities or tags (RSS allows escaped markup).</summary>
    private static string? Clean(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : System.Net.WebUtility.HtmlDecode(s).Trim();
}
