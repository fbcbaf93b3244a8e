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

    public static double Final(double confidence, Modality modality)
    {
        if (modality == Modality.Hypothetical) confidence *= HypotheticalFactor;
        return Math.Clamp(confidence, 0.05, 0.95);
    }
}
