using Marsad.Core.Model;

namespace Marsad.Events.Learning.Corpora;

/// <summary>One annotated event: its type, trigger spans, and the spans of its source and target actors.</summary>
public sealed record GoldEvent(EventType Type, List<TextSpan> Trigger, List<TextSpan> Sources, List<TextSpan> Targets);

/// <summary>
/// An annotated sentence of a document. <see cref="Judged"/> is the bit mask of trigger classes the
/// annotators decided on (bit 0 "no event", bit 1 + type): a sentence coded only for attacks says
/// nothing about protests; 0 means every type was judged. <see cref="TriggersKnown"/> is false when the
/// sentence holds an event whose trigger word the annotators did not agree on.
/// </summary>
public sealed record GoldSentence(TextSpan Span, ulong Judged, bool TriggersKnown, List<GoldEvent> Events);

/// <summary>A document's text with its annotated sentences; <see cref="Group"/> keeps a source document's
/// sentences together when folds or splits are drawn.</summary>
public sealed record GoldDocument(string Id, string Text, string Split, string Group, List<GoldSentence> Sentences);
