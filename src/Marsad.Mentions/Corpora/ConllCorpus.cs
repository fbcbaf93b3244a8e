using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Corpora;

/// <summary>
/// One sentence of a labelled corpus: whitespace words and their BIO labels.
/// <see cref="StartsDocument"/> marks the first sentence of a file (the corpora mark no articles).
/// </summary>
public sealed record LabeledSentence(string[] Words, int[] Labels)
{
    public bool StartsDocument { get; init; }
}

/// <summary>The tag conventions of the corpora in ../shared/data/ner (see each folder's README).</summary>
public enum CorpusFormat
{
    /// <summary>ANERcorp (CAMeL split): "word tag", tags over PERS/ORG/LOC/MISC, blank line between sentences.</summary>
    AnerCorp,
    /// <summary>AQMAR: like ANERcorp with PER and MIS0–MIS3 (read as MISC) and a few malformed tags, normalised as Stanza does.</summary>
    Aqmar,
}

/// <summary>Reads CoNLL-style "token tag" files. A line it cannot read is an error naming the file and line.</summary>
public static class ConllCorpus
{
    public static List<LabeledSentence> Read(string path, CorpusFormat format)
    {
        var sentences = new List<LabeledSentence>();
        var words = new List<string>();
        var labels = new List<int>();
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim('\uFEFF', '\r', '\n');
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            int sep = line.LastIndexOfAny([' ', '\t']);
            if (sep <= 0) throw new InvalidDataException($"{path}:{lineNo}: expected 'token tag', got '{line}'");
            var word = line[..sep].Trim().Trim('\u200E', '\u200F');
            var tag = line[(sep + 1)..].Trim();
            if (!TryLabel(tag, format, out int label)) throw new InvalidDataException($"{path}:{lineNo}: unknown tag '{tag}'");
            // A token of only direction marks is invisible text (the pipeline's tokenizer drops it too).
            if (word.Length == 0) continue;
            words.Add(word);
            labels.Add(label);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count == 0) return;
            sentences.Add(new LabeledSentence([.. words], [.. labels]) { StartsDocument = sentences.Count == 0 });
            words.Clear();
            labels.Clear();
        }
    }

    private static bool TryLabel(string tag, CorpusFormat format, out int label)
    {
        if (BioLabels.TryParse(tag, out label)) return true;
        if (format != CorpusFormat.Aqmar) return false;
        // AQMAR noise, mapped as Stanza's converter does.
        if (tag.StartsWith('O') || tag is "B-ENGLISH" or "B-SPANISH" || tag == "IO") { label = BioLabels.O; return true; }
        if (tag == "I--ORG") { label = BioLabels.Inside(1); return true; }
        if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' && tag.Contains("MIS", StringComparison.Ordinal))
        {
            label = tag[0] == 'B' ? BioLabels.Begin(3) : BioLabels.Inside(3);
            return true;
        }
        return false;
    }

    /// <summary>The corpus words of a file as tagger inputs.</summary>
    public static TokenView[] Views(LabeledSentence s) => Array.ConvertAll(s.Words, TokenView.FromWord);
}
