using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marsad.Read.Formats;

namespace Marsad.Read.Tests;

/// <summary>
/// The nesting guard must not miss depth the parser builds, whatever the tags: generated
/// tag soups (unmatched and misnested end tags, formatting elements, tables, lists) are parsed for real
/// and the deepest element of the tree compared with the guard's estimate (at most twice it, plus the few elements the parser adds).
/// </summary>
public class HtmlNestingFuzzTests
{
    private static readonly string[] s_tags =
        ["div", "span", "q", "b", "i", "a", "em", "font", "p", "li", "ul", "table", "tr", "td", "section", "article", "nobr", "svg", "math", "select", "template"];

    private static string Soup(Random rng, int pieces)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            var tag = s_tags[rng.Next(s_tags.Length)];
            switch (rng.Next(5))
            {
                case 0 or 1: sb.Append('<').Append(tag).Append(rng.Next(4) == 0 ? " class=x>" : ">"); break;
                case 2 or 3: sb.Append("</").Append(tag).Append('>'); break;
                default: sb.Append("نص "); break;
            }
        }
        return sb.ToString();
    }

    private static int TreeDepth(IElement root)
    {
        int max = 0;
        var stack = new Stack<(IElement, int)>([(root, 0)]);
        while (stack.Count > 0)
        {
            var (e, d) = stack.Pop();
            max = Math.Max(max, d);
            foreach (var c in e.Children) stack.Push((c, d + 1));
        }
        return max;
    }

    [Fact]
    public void The_parser_never_builds_much_deeper_than_the_guard_estimates()
    {
        var rng = new Random(16);
        var parser = new HtmlParser();
        for (int i = 0; i < 400; i++)
        {
            var html = Soup(rng, rng.Next(1, 400));
            using var doc = parser.ParseDocument(html);
            // Depth below <body>: the elements the page itself makes the parser open.
            int built = TreeDepth(doc.Body!);
            int estimate = HtmlNesting.EstimateDepth(html);
            Assert.True(2 * estimate + 10 >= built, $"parsed depth {built} > 2 × estimate {estimate} + 10 for: {html}");
        }
    }

    [Theory]
    [InlineData("<div></q>")]
    [InlineData("<span></b>")]
    [InlineData("<b><p>")]
    public void Unmatched_end_tags_do_not_hide_depth(string unit)
    {
        var html = string.Concat(Enumerable.Repeat(unit, 50_000));
        var r = HtmlReader.Read(Encoding.UTF8.GetBytes(html), "soup.html", "soup");
        Assert.Contains("HTML nested too deeply", r.Error);
    }
}
