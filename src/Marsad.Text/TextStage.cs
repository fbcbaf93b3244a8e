using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Marsad.Text.Words;

namespace Marsad.Text;

/// <summary>Pipeline stage: tokens (with normalised forms and clitic segmentation by the given analyser; each
/// token keeps it for its readings) and sentences.</summary>
public sealed class TextStage(WordAnalyzer words) : IDocumentStage
{
    public string Name => "text";
    public DocumentLayers Reads => DocumentLayers.None;
    public DocumentLayers Writes => DocumentLayers.Tokens | DocumentLayers.Sentences;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Tokens.Clear();
        document.Sentences.Clear();
        document.Tokens.AddRange(Tokenizer.Tokenize(document.Text, words));
        document.Sentences.AddRange(SentenceSplitter.Split(document.Text, document.Tokens));
    }
}
