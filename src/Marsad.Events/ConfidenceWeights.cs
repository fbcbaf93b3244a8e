using Marsad.Core.Model;

namespace Marsad.Events;

/// <summary>
/// Every weight that turns evidence into an event's confidence, in one place with its reason.
/// </summary>
public static class ConfidenceWeights
{
    /// <summary>Events below this are not output.</summary>
    public const double Threshold = 0.4;

    /// <summary>
    /// A learned trigger: the model's margin over "no event", divided by the mean margin of the training
    /// events (<see cref="Learning.EventModel.Scale"/>), through a logistic: a margin of zero is 0.5 (the
    /// model's own boundary, above the threshold), a typical training event about 0.73.
    /// </summary>
    public static double Learned(double margin, double scale) => 1 / (1 + Math.Exp(-margin / Math.Max(scale, 1e-6)));

    /// <summary>Rules alone (types the model has no training for): how directly the arguments were read
    /// (<see cref="Arguments.ArgumentResult.Confidence"/>); they always need both sides.</summary>
    public static double Rule(double argumentConfidence) => argumentConfidence;

    /// <summary>A hypothetical event is less sure to happen than the same event asserted.</summary>
    public const double HypotheticalFactor = 0.85;

    /// <summary>No event is certain from one reading of text, nor worthless once it passed the threshold.</summary>
    public const double Floor = 0.05, Ceiling = 0.95;

    public static double Final(double confidence, Modality modality)
    {
        if (modality == Modality.Hypothetical) confidence *= HypotheticalFactor;
        return Math.Clamp(confidence, Floor, Ceiling);
    }

    /// <summary>Each restatement of an event in the same document (<see cref="EventMerger"/>) adds a little: a second
    /// sentence that reports the same act is corroboration from the same source, not independent evidence.</summary>
    public const double RestatedBonus = 0.05;

    public static double Restated(double confidence) => Math.Min(Ceiling, confidence + RestatedBonus);

    /// <summary>
    /// How directly <see cref="Arguments.ArgumentAssigner"/> read an event's source and target off the sentence
    /// (<see cref="Arguments.ArgumentResult.Confidence"/>), the confidence of the events the rules decide
    /// (<see cref="Rule"/>). Set by hand, not fitted: what they encode is their order, from a phrase the clause's
    /// syntax marks as the actor (its subject, a phrase after بين) down to an actor carried over from context
    /// (a pronoun, the last sentence's subject).
    /// </summary>
    public static class Arguments
    {
        /// <summary>A verb's subject read off its clause (SVO, VSO, the pronoun on أنّ), and an event noun's
        /// parties after بين or in a pair of nisba adjectives (التنسيق المصري - الفرنسي): the syntax names them.</summary>
        public const double ClauseSubject = 0.85, Between = 0.85, NisbaPair = 0.85;

        /// <summary>An event noun's source read off the noun phrase itself (its genitive, a nisba adjective, a
        /// marked agent): direct, but a genitive may also be the target.</summary>
        public const double NounPhrase = 0.8;

        /// <summary>An agent marked by من قبل، على يد، برصاص (passive or not): explicit, but the phrase it marks can
        /// run past the actor's name.</summary>
        public const double MarkedAgent = 0.75;

        /// <summary>A passive verb without an agent: only what was acted on is read.</summary>
        public const double PassiveWithoutAgent = 0.6;

        /// <summary>The subject of a support verb (شنّت تركيا هجوماً) and a phrase an agent noun describes
        /// (تركيا، حليفة واشنطن): a clause names the actor, one step away from the noun.</summary>
        public const double SupportVerbSubject = 0.75, Apposition = 0.75;

        /// <summary>The subject of a relative verb after the noun (مباحثات أجراها … رئيس الأركان).</summary>
        public const double RelativeSubject = 0.7;

        /// <summary>A party to a meeting its circumstance names (قال الجبير في مؤتمر صحفي مشترك مع …) and the agent
        /// of the event a noun is nested in (اتفاق … على دعم): read through another construction.</summary>
        public const double Circumstance = 0.65, Nested = 0.65;

        /// <summary>The owner of a possessive subject (قواتها هاجمت), an event noun's pronoun (هجومه) and the agent of
        /// a masdar of purpose (خرج المتظاهرون احتجاجاً): an actor resolved from context.</summary>
        public const double PossessiveSubject = 0.6, NounPronoun = 0.6, Purpose = 0.6;

        /// <summary>A dropped subject taken from the last sentence's: the weakest reading.</summary>
        public const double DroppedSubject = 0.55;

        /// <summary>A verb whose subject is the target (an inverse frame) without the preposition that marks
        /// its source: half a reading.</summary>
        public const double InverseWithoutSource = 0.5;

        /// <summary>A verb's subject found but no target: one side of the event only.</summary>
        public const double WithoutTarget = 0.6;

        /// <summary>A verb's target further from it is less surely its own: a fiftieth less for each token
        /// between them, not below <see cref="FarTarget"/>.</summary>
        public const double PerTokenToTarget = 0.02, FarTarget = 0.7;

        public static double TargetAt(int gap) => Math.Max(FarTarget, 1 - PerTokenToTarget * gap);
    }
}
