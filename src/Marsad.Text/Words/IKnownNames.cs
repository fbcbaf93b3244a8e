namespace Marsad.Text.Words;

/// <summary>
/// Names known as such (the knowledge base implements it): a word the name rules of this folder
/// (<see cref="NameStart"/>) must keep whole. Defined here so that word knowledge does not depend on the
/// knowledge base, which is built on the text core.
/// </summary>
public interface IKnownNames
{
    /// <summary>Whether the normalised <paramref name="norm"/> is, as written, a known name (not a weak gazetteer
    /// entry, not a nationality adjective).</summary>
    bool IsName(string norm);
}
