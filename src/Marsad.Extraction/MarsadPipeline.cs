using Marsad.Core.Pipeline;
using Marsad.Events;
using Marsad.Linking;
using Marsad.Mentions;
using Marsad.Text;
using Marsad.Text.Dates;

namespace Marsad.Extraction;

/// <summary>
/// Builds the extraction pipeline (text → dateline → mentions → linking → events) over resources loaded
/// once (<see cref="PipelineResources"/>). The pipeline is immutable and thread-safe; its program builds it
/// once and passes it on. <see cref="DocumentPipeline"/> checks the order of the stages it is given.
/// </summary>
public static class MarsadPipeline
{
    public static DocumentPipeline Build(PipelineResources r) =>
        new([Text(r), new DatelineStage(r.Language.Time), Mentions(r), Linking(r), Events(r)]);

    public static TextStage Text(PipelineResources r) => new(r.Language.Words);

    public static MentionStage Mentions(PipelineResources r) =>
        new(r.Tagger, r.NameStart, r.NameEnd, r.KnowledgeBase, r.PlaceAsOrganisation, r.NamedEvents, r.QuotedNames, r.GenericLexicon, r.NameParts, r.Language);

    public static LinkingStage Linking(PipelineResources r) => new(r.KnowledgeBase, r.Linking, r.NameParts, r.KbVariants);

    public static EventStage Events(PipelineResources r) => new(r.EventLexicons, r.EventModel, r.NameStart);
}
