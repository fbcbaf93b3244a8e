using Marsad.Core.Model;

namespace Marsad.Read.Formats;

/// <summary>What the HTML reader takes from a page: the article text and its metadata.</summary>
public sealed record HtmlArticle(string Text, string? Title, PartialDate? Published, string? Url, string? Outlet);
