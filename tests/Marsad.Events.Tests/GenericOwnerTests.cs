namespace Marsad.Events.Tests;

/// <summary>
/// Generic actors and the named actors they belong to in events (DESIGN.md, "Generic actors"), one row per
/// construction, through the whole pipeline: each asserts the sides of the event at the given trigger as
/// "sources>targets" in English names.
/// </summary>
public class GenericOwnerTests
{
    [Theory]
    // a force with a nationality adjective: the force, then its state
    [InlineData("واعتقلت قوات الأمن العراقية عشرات المحتجين في البصرة.", "واعتقلت", "security forces (Iraq)+Iraq>protesters")]
    // a generic without an owner stays alone
    [InlineData("واشتبكت قوات الأمن التونسية مع مسلحين قرب الحدود الجزائرية.", "واشتبكت", "security forces (Tunisia)+Tunisia>gunmen")]
    // التابعون لـ + a name: the owner belongs to the generic's phrase (it is not the target)
    [InlineData("وهاجم مسلحون تابعون لتنظيم داعش حاجزا للجيش المصري في سيناء.", "وهاجم", "gunmen (Islamic State (ISIS))+Islamic State (ISIS)>Egyptian Armed Forces")]
    // a genitive owner
    [InlineData("وقصف عناصر حزب الله مواقع إسرائيلية في مزارع شبعا.", "وقصف", "members (Hezbollah)+Hezbollah>Israel")]
    // nationality adjectives coordinated after a force: the two states are the sides of a symmetric event
    [InlineData("ووسعت القوات البحرية الجزائرية والتونسية تعاونها في مكافحة التهريب.", "تعاونها", "Algeria>Tunisia")]
    [InlineData("وعززت أجهزة المخابرات الأردنية والعراقية التنسيق بينها لملاحقة الخلايا المتطرفة.", "التنسيق", "Jordan>Iraq")]
    // people do not act for their state: the refugees stay the actor, Syria beside them
    [InlineData("وتظاهر مئات اللاجئين السوريين أمام مقر الأمم المتحدة في بيروت.", "وتظاهر", "refugees (Syria)+Syria>United Nations")]
    // a state's police acting on its own citizens: the state on both sides
    [InlineData("واعتقلت الشرطة المصرية عشرات المصريين العائدين من ليبيا.", "واعتقلت", "police (Egypt)+Egypt>people (Egypt)+Egypt")]
    public void An_event_carries_a_generic_actor_with_its_owner(string sentence, string trigger, string expected)
    {
        Assert.Equal(expected, RealPipeline.Sides(RealPipeline.Run(sentence), trigger));
    }
}
